import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileSaver, type ChooseTarget } from '../../../main/services/files/file-saver';
import { createFolderMemory } from '../../../main/services/files/folder-memory';
import { useTempDirectories } from '../../support/temp-dir';

const tempDirectory = useTempDirectories();

/** A save dialog that records where it opened and answers as told. */
function dialog(answer: (suggested: string) => string | null) {
  const opened: string[] = [];
  const choose: ChooseTarget = (suggested) => {
    opened.push(suggested);
    return Promise.resolve(answer(suggested));
  };
  return { choose, opened };
}

describe('saving a file', () => {
  it('opens the dialog with the suggested name, writes what the user chose, privately', async () => {
    const documents = tempDirectory();
    const { choose, opened } = dialog((suggested) => suggested);
    const save = createFileSaver({
      chooseTarget: choose,
      folderMemory: createFolderMemory(join(tempDirectory(), 'last.json')),
      defaultFolder: documents,
    });
    const result = await save('passerelle-summary-2026-11-21.md', '# Plan\n');
    expect(opened).toEqual([join(documents, 'passerelle-summary-2026-11-21.md')]);
    expect(result).toEqual({
      ok: true,
      value: { path: join(documents, 'passerelle-summary-2026-11-21.md') },
    });
    expect(readFileSync(join(documents, 'passerelle-summary-2026-11-21.md'), 'utf8')).toBe('# Plan\n');
    expect(statSync(join(documents, 'passerelle-summary-2026-11-21.md')).mode & 0o777).toBe(0o600);
  });

  it('opens the next dialog in the folder the user picked last time, even after a restart', async () => {
    const memoryFile = join(tempDirectory(), 'last.json');
    const chosenFolder = tempDirectory();
    const first = createFileSaver({
      chooseTarget: dialog((suggested) => join(chosenFolder, suggested.split('/').pop() ?? '')).choose,
      folderMemory: createFolderMemory(memoryFile),
      defaultFolder: tempDirectory(),
    });
    await first('a.csv', 'x');

    const { choose, opened } = dialog(() => null);
    const afterRestart = createFileSaver({
      chooseTarget: choose,
      folderMemory: createFolderMemory(memoryFile),
      defaultFolder: tempDirectory(),
    });
    await afterRestart('b.ics', 'y');
    expect(opened).toEqual([join(chosenFolder, 'b.ics')]);
  });

  it('falls back to the default folder when the remembered one is gone', async () => {
    const memoryFile = join(tempDirectory(), 'last.json');
    const vanishing = join(tempDirectory(), 'usb-stick');
    mkdirSync(vanishing);
    createFolderMemory(memoryFile).write(vanishing);
    rmSync(vanishing, { recursive: true });
    const fallback = tempDirectory();
    const { choose, opened } = dialog(() => null);
    await createFileSaver({
      chooseTarget: choose,
      folderMemory: createFolderMemory(memoryFile),
      defaultFolder: fallback,
    })('c.pdf', 'z');
    expect(opened).toEqual([join(fallback, 'c.pdf')]);
  });

  it('writes nothing when the user cancels', async () => {
    const folder = tempDirectory();
    const save = createFileSaver({
      chooseTarget: dialog(() => null).choose,
      folderMemory: createFolderMemory(join(folder, 'last.json')),
      defaultFolder: folder,
    });
    expect(await save('d.md', 'text')).toEqual({ ok: true, value: { path: null } });
    expect(existsSync(join(folder, 'd.md'))).toBe(false);
    expect(existsSync(join(folder, 'last.json'))).toBe(false);
  });

  it('reports a folder it cannot write to as an error, not a crash', async () => {
    const folder = tempDirectory();
    writeFileSync(join(folder, 'a-file'), '');
    const save = createFileSaver({
      chooseTarget: dialog(() => join(folder, 'a-file', 'e.md')).choose,
      folderMemory: createFolderMemory(join(folder, 'last.json')),
      defaultFolder: folder,
    });
    expect(await save('e.md', 'text')).toMatchObject({ ok: false, error: { code: 'file-write-failed' } });
  });
});
