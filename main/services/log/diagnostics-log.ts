/**
 * The local diagnostics log: what went wrong inside Passerelle (start-up, failures that are
 * otherwise swallowed, errors from the page), for the user to copy into a bug report.
 * It lives in the data folder's `logs/`, rotates at 512 KB (one older file kept), is readable
 * by the user only, and holds no personal data: only our own event names, error codes and
 * messages, with the home folder written as `~` and every text cut short. Nothing from the
 * document (names, notes, amounts) is ever passed to it.
 *
 * Written through electron-log's Node logger (rotation, append, formatting), which works the
 * same in Electron's main process and in the browser preview.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';

export const LOG_FILE_NAME = 'passerelle.log';
const MAX_LOG_BYTES = 512 * 1024;
const MAX_TEXT = 300;

export type LogValue = string | number | boolean | null;
export type LogDetail = Readonly<Record<string, LogValue>>;

export interface DiagnosticsLog {
  readonly directory: string;
  info(event: string, detail?: LogDetail): void;
  warn(event: string, detail?: LogDetail): void;
  /** `error` may be anything thrown; only its name and message are kept. */
  error(event: string, error?: unknown, detail?: LogDetail): void;
}

/** Home folder → `~`, control characters → spaces, at most MAX_TEXT characters. */
export function scrub(text: string, home: string = homedir()): string {
  const withoutHome = home.length > 1 ? text.split(home).join('~') : text;
  // eslint-disable-next-line no-control-regex -- a log line must stay one line
  return withoutHome.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, MAX_TEXT);
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `${error.name}${code ? ` ${code}` : ''}: ${error.message}`;
  }
  return String(error);
}

function line(event: string, detail: LogDetail | undefined, home: string): string {
  const fields = Object.entries(detail ?? {}).map(
    ([key, value]) =>
      `${scrub(key, home)}=${typeof value === 'string' ? JSON.stringify(scrub(value, home)) : String(value)}`,
  );
  return [scrub(event, home), ...fields].join(' ');
}

let instances = 0;

export function createDiagnosticsLog(options: { dataDirectory: string; home?: string }): DiagnosticsLog {
  const directory = join(options.dataDirectory, 'logs');
  const home = options.home ?? homedir();
  // One logger per data folder: electron-log's default instance is shared by the process.
  const logger = electronLog.create({ logId: `passerelle-${(instances += 1)}` });
  logger.transports.console.level = false;
  logger.transports.file.level = 'info';
  logger.transports.file.resolvePathFn = () => join(directory, LOG_FILE_NAME);
  logger.transports.file.maxSize = MAX_LOG_BYTES;
  logger.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  logger.transports.file.format = '{iso} {level} {text}';
  return {
    directory,
    info: (event, detail) => logger.info(line(event, detail, home)),
    warn: (event, detail) => logger.warn(line(event, detail, home)),
    error: (event, error, detail) =>
      logger.error(
        line(event, { ...detail, ...(error === undefined ? {} : { error: describeError(error) }) }, home),
      ),
  };
}
