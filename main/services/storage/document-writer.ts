/**
 * Writes the document through electron-store (in Electron) or conf (under Node, in tests and
 * the browser preview): the same class underneath, same options, same atomic write.
 *
 * The store is created on the first write, after loading has checked and, if needed,
 * repaired the file, because conf's constructor reads the file and throws on bad JSON.
 * We never call `get`: conf re-reads and parses the whole file on every get, so the
 * document lives in memory in the storage service and the store is only ever written.
 */
import type { PlannerDocument } from '../../../preload/contract/document';
import { DATA_FILE_BASENAME, PRIVATE_FILE_MODE } from './storage-paths';

const CONF_INTERNAL_KEY = '__internal__';

export interface DocumentWriter {
  write(document: PlannerDocument): void;
}

/** The constructor options shared by conf and electron-store that we rely on. */
export interface ConfLikeOptions {
  cwd: string;
  configName: string;
  clearInvalidConfig: false;
  accessPropertiesByDotNotation: false;
  configFileMode: number;
  watch: false;
}

export type ConfLikeConstructor = new (options: ConfLikeOptions) => { store: PlannerDocument };

export function createConfWriter(Store: ConfLikeConstructor, directory: string): DocumentWriter {
  let store: { store: PlannerDocument } | null = null;
  return {
    write(document) {
      store ??= new Store({
        cwd: directory,
        configName: DATA_FILE_BASENAME,
        clearInvalidConfig: false,
        accessPropertiesByDotNotation: false,
        configFileMode: PRIVATE_FILE_MODE,
        watch: false,
      });
      // conf's setter re-reads and parses the whole file to carry over its own "__internal__"
      // key unless the new value has one: 10 ms wasted per save at 2,000 applications. A
      // non-enumerable key satisfies its check and never reaches the file (JSON skips it).
      store.store = Object.defineProperty({ ...document }, CONF_INTERNAL_KEY, {
        value: {},
        enumerable: false,
      });
    },
  };
}
