import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDiagnosticsLog, LOG_FILE_NAME, scrub } from '../../../main/services/log/diagnostics-log';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();
const logText = (directory: string) => readFileSync(join(directory, LOG_FILE_NAME), 'utf8');

describe('the diagnostics log', () => {
  it('writes one line per event in the data folder’s logs/, readable by the user only', async () => {
    const dataDirectory = tempDirectory();
    const log = createDiagnosticsLog({ dataDirectory, home: '/home/amina' });
    log.info('start', { runtime: 'browser-preview', schemaVersion: 7 });
    log.error(
      'backup-refresh-failed',
      Object.assign(new Error('/home/amina/.config/x: no space'), { code: 'ENOSPC' }),
    );
    await vi.waitFor(() => expect(logText(log.directory).trim().split('\n')).toHaveLength(2));
    const [start, failure] = logText(log.directory).trim().split('\n');
    expect(start).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d.*\binfo start runtime="browser-preview" schemaVersion=7$/,
    );
    expect(failure).toContain('error backup-refresh-failed error="Error ENOSPC: ~/.config/x: no space"');
    expect(failure).not.toContain('/home/amina');
    expect(log.directory).toBe(join(dataDirectory, 'logs'));
    if (process.platform !== 'win32')
      expect(statSync(join(log.directory, LOG_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('keeps a line on one line and short, whatever the message holds', () => {
    expect(scrub('a\nb\r\u0000c', '/h')).toBe('a b c');
    expect(scrub('x'.repeat(1000), '/h')).toHaveLength(300);
  });

  it('rotates: past 512 KB the file starts again and one older file is kept', async () => {
    const log = createDiagnosticsLog({ dataDirectory: tempDirectory() });
    const detail = { text: 'x'.repeat(250) };
    for (let i = 0; i < 2500; i += 1) log.warn('filler', detail);
    await vi.waitFor(() =>
      expect(readdirSync(log.directory).sort()).toEqual(['passerelle.log', 'passerelle.old.log']),
    );
    expect(statSync(join(log.directory, LOG_FILE_NAME)).size).toBeLessThanOrEqual(512 * 1024);
  });
});
