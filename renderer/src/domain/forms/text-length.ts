/**
 * How long a free text is against its limit, counted the way the contract counts it: UTF-16
 * units (what zod's max() and String.length measure), after trimming for the fields that are
 * saved trimmed. The counter a long field shows and the form's "too long" check both read this,
 * so they never disagree, and neither ever cuts the text: too long is an error the user fixes.
 */

/** The counter shows from this share of the limit on: early enough to plan, quiet before. */
export const COUNTER_FROM_SHARE = 0.8;

/** 'trimmed': saved trimmed (most forms); 'as-typed': saved as typed (the summary's texts). */
export type Counting = 'trimmed' | 'as-typed';

export function countedLength(text: string, counting: Counting = 'trimmed'): number {
  return (counting === 'trimmed' ? text.trim() : text).length;
}

/** Under the limit, exactly at it, or over it: what a screen reader is told, once per change. */
export type LengthState = 'under' | 'at' | 'over';

export interface TextLength {
  count: number;
  max: number;
  /** Characters past the limit; 0 when within it. */
  over: number;
  state: LengthState;
  /** Whether the counter is shown: from COUNTER_FROM_SHARE of the limit, and always when over. */
  showCounter: boolean;
}

export function textLength(text: string, max: number, counting: Counting = 'trimmed'): TextLength {
  const count = countedLength(text, counting);
  const over = Math.max(0, count - max);
  const state: LengthState = over > 0 ? 'over' : count === max ? 'at' : 'under';
  return { count, max, over, state, showCounter: count >= Math.ceil(max * COUNTER_FROM_SHARE) };
}

/**
 * The i18n key and values of the counter's line, and of the message a screen reader hears when
 * the state changes (none while under the limit: no announcement per keystroke).
 */
export function counterMessage(length: TextLength): {
  key: 'forms.counter' | 'forms.counterOver';
  values: { typed: number; max: number; over: number };
} {
  const { count, max, over } = length;
  return { key: over > 0 ? 'forms.counterOver' : 'forms.counter', values: { typed: count, max, over } };
}

export function announcement(
  length: TextLength,
): { key: 'forms.announceAt' | 'forms.announceOver'; values: { max: number } } | null {
  if (length.state === 'under') return null;
  return {
    key: length.state === 'over' ? 'forms.announceOver' : 'forms.announceAt',
    values: { max: length.max },
  };
}
