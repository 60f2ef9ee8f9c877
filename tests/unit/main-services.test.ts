import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../preload/contract/document';
import { createMainServices } from '../../main/services/main-services';
import { withExports } from './../support/export-services';
import { useTempDirectories } from '../support/temp-dir';

const tempDirectory = useTempDirectories();

describe('the services behind the bridge', () => {
  it('tell the page where the data and the log live, and log the start without personal data', async () => {
    const directory = tempDirectory();
    const { handlers, storage } = createMainServices({
      ...withExports(directory),
      openExternal: () => Promise.resolve(),
      appInfo: { version: '1.2.3', runtime: 'browser-preview', platform: 'linux', systemLanguage: 'fr' },
    });
    const info = await handlers['app:get-info'](undefined);
    expect(info).toEqual({
      ok: true,
      value: {
        version: '1.2.3',
        runtime: 'browser-preview',
        platform: 'linux',
        systemLanguage: 'fr',
        dataDirectory: directory,
        logDirectory: join(directory, 'logs'),
        schemaVersion: CURRENT_SCHEMA_VERSION,
      },
    });
    storage.flush();
    await vi.waitFor(() =>
      expect(readFileSync(join(directory, 'logs', 'passerelle.log'), 'utf8')).toMatch(
        new RegExp(
          `info start version="1\\.2\\.3" runtime="browser-preview" platform="linux" schemaVersion=${CURRENT_SCHEMA_VERSION} recovered=null writeProblem=false\\n$`,
        ),
      ),
    );
  });
});
