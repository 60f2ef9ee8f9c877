/**
 * A form error's message is an i18n key; when the message needs values (a limit, a range)
 * they ride along after a "|" as JSON, because react-hook-form keeps only a string per error.
 * The schema names the limit once and the form never repeats it.
 */
export type MessageValues = Record<string, string | number>;

export function formMessage(key: string, values?: MessageValues): string {
  return values ? `${key}|${JSON.stringify(values)}` : key;
}

export function readFormMessage(message: string): { key: string; values: MessageValues } {
  const bar = message.indexOf('|');
  if (bar < 0) return { key: message, values: {} };
  return { key: message.slice(0, bar), values: JSON.parse(message.slice(bar + 1)) as MessageValues };
}
