/**
 * Every bridge call resolves to a Result instead of throwing: errors cross the process
 * boundary as plain data with a code the UI translates into a message for the user.
 */
export const API_ERROR_CODES = [
  'invalid-request',
  'untrusted-sender',
  'storage-write-failed',
  'link-not-allowed',
  'file-write-failed',
  'pdf-failed',
  'backup-too-large',
  'backup-not-json',
  'backup-not-a-backup',
  'backup-newer-version',
  'backup-checksum-mismatch',
  'backup-invalid-data',
  /** The call never reached main or its answer never came back. */
  'transport-failed',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorIssue {
  /** Dotted path of the offending field, e.g. `profile.hoursPerWeek`. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  /** English detail for logs and developers; the UI shows a translated text for `code`. */
  message: string;
  issues?: ApiErrorIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ApiErrorCode, message: string, issues?: ApiErrorIssue[]): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});
