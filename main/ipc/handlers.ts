/**
 * What each invoke channel does. Every handler takes `unknown`, validates it with the
 * contract's schema, and returns a Result; side effects arrive as parameters so the whole
 * table runs under Node, in unit tests and behind the browser preview.
 */
import type {
  AppInfo,
  InvokeChannel,
  LoadedDocument,
  RequestOf,
  ResponseOf,
} from '../../preload/contract/channels';
import { requestSchemas } from '../../preload/contract/request-schemas';
import { fail, ok, type Result } from '../../preload/contract/result';
import { isAllowedExternalUrl } from '../external-links';
import type { StorageService } from '../services/storage/storage-service';
import { backupFileNameFor, type RestoreService } from '../services/backup/restore-service';
import type { PrintPdf } from '../services/export/pdf-layout';
import type { DiagnosticsLog } from '../services/log/diagnostics-log';
import type { SaveFile } from '../services/files/file-saver';

export interface HandlerDependencies {
  storage: StorageService;
  /** What storage.load() returned at startup: recovery notices stay visible after a reload. */
  loaded: LoadedDocument;
  openExternal: (url: string) => Promise<void>;
  appInfo: AppInfo;
  saveFile: SaveFile;
  printPdf: PrintPdf;
  backups: RestoreService;
  now: () => Date;
  /** Failures the user sees as a message are also written down for a bug report. */
  log: Pick<DiagnosticsLog, 'error'>;
}

export type InvokeHandlers = {
  [C in InvokeChannel]: (payload: unknown) => Promise<Result<ResponseOf<C>>>;
};

type TypedHandlers = {
  [C in InvokeChannel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

function validatedWithLog<C extends InvokeChannel>(
  channel: C,
  handle: TypedHandlers[C],
  log: HandlerDependencies['log'],
) {
  return async (payload: unknown): Promise<Result<ResponseOf<C>>> => {
    const parsed = requestSchemas[channel].safeParse(payload);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }));
      return fail('invalid-request', `${channel}: the request is not valid`, issues);
    }
    try {
      return await handle(parsed.data);
    } catch (error) {
      log.error(`handler-failed ${channel}`, error);
      return fail('internal', `${channel}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

export function createInvokeHandlers(deps: HandlerDependencies): InvokeHandlers {
  const validated = <C extends InvokeChannel>(channel: C, handle: TypedHandlers[C]) =>
    validatedWithLog(channel, handle, deps.log);
  return {
    // A renderer reload gets the startup notices again, with the document as it is now.
    'document:load': validated('document:load', () =>
      Promise.resolve(ok({ ...deps.loaded, document: deps.storage.current() })),
    ),
    'document:first-frame': validated('document:first-frame', () => {
      const { profile, preferences } = deps.storage.current();
      return Promise.resolve(
        ok({
          onboarded: profile.onboardedAt !== null,
          language: preferences.language,
          theme: preferences.theme,
        }),
      );
    }),
    'document:save-section': validated('document:save-section', (update) =>
      Promise.resolve(deps.storage.replaceSection(update)),
    ),
    'document:patch-application': validated('document:patch-application', (patch) =>
      Promise.resolve(deps.storage.patchApplication(patch)),
    ),
    'document:flush': validated('document:flush', () => Promise.resolve(deps.storage.flush())),
    'shell:open-external': validated('shell:open-external', async (url) => {
      if (!isAllowedExternalUrl(url)) return fail('link-not-allowed', 'this link is not on the allow-list');
      await deps.openExternal(url);
      return ok({ opened: true });
    }),
    'app:get-info': validated('app:get-info', () => Promise.resolve(ok(deps.appInfo))),
    // The page's own failures (a screen that crashed), so the log holds them too.
    'app:report-error': validated('app:report-error', ({ where, message }) => {
      deps.log.error(`page-error ${where}`, message);
      return Promise.resolve(ok(null));
    }),
    'files:save-text': validated('files:save-text', (request) =>
      deps.saveFile(request.fileName, request.content),
    ),
    'files:save-pdf': validated('files:save-pdf', async (request) => {
      let pdf: Uint8Array;
      try {
        pdf = await deps.printPdf(request.html, request.paper);
      } catch (error) {
        return fail('pdf-failed', error instanceof Error ? error.message : String(error));
      }
      return deps.saveFile(request.fileName, pdf);
    }),
    'backup:save': validated('backup:save', () =>
      deps.saveFile(backupFileNameFor(deps.now()), deps.backups.backupText()),
    ),
    'backup:inspect': validated('backup:inspect', (text) => Promise.resolve(deps.backups.inspect(text))),
    'backup:restore': validated('backup:restore', (text) => Promise.resolve(deps.backups.restore(text))),
  };
}
