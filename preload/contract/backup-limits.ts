/**
 * The largest backup a restore reads: far above any real planner (2,000 applications are
 * about 1.5 MB), far below trouble. The renderer checks a chosen file's size against it
 * before reading it, and main checks again before parsing.
 */
export const BACKUP_LIMIT_BYTES = 20 * 1024 * 1024;
export const BACKUP_FORMAT = 'passerelle-backup';
