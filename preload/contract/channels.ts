/**
 * The IPC contract: every channel, what it takes and what it returns.
 *
 * Main's handlers (main/ipc/handlers.ts) and the renderer's `window.api`
 * (preload/contract/planner-api.ts) are both typed from these interfaces, so a channel
 * added, renamed or retyped here fails the type-check on whichever side was not updated.
 * This file holds types and names only, so the sandboxed preload stays tiny.
 */
import type { Language, PlannerDocument, Preferences, Profile } from './document';
import type { Application, ApplicationsSection } from './applications-section';
import type { BudgetSection } from './budget-section';
import type { PathSection } from './path-section';
import type { SkillsSection } from './skills-section';
import type { SummarySettings } from './summary-section';
import type { GigSection } from './gig-section';
import type { ClaimantSection } from './claimant-section';
import type { ApiError, Result } from './result';

export type SectionUpdate =
  | { section: 'profile'; value: Profile }
  | { section: 'preferences'; value: Preferences }
  | { section: 'skills'; value: SkillsSection }
  | { section: 'path'; value: PathSection }
  | { section: 'applications'; value: ApplicationsSection }
  | { section: 'budget'; value: BudgetSection }
  | { section: 'summary'; value: SummarySettings }
  | { section: 'gig'; value: GigSection }
  | { section: 'claimant'; value: ClaimantSection };

/**
 * One application added, replaced or removed. With 2,000 applications, sending the whole
 * section for each card moved would copy and re-check 1.5 MB per move; this sends one.
 */
export type ApplicationPatch = { op: 'put'; application: Application } | { op: 'remove'; id: string };

/** Why the saved file could not be used as it was found. */
export type RecoveryReason =
  | 'missing'
  | 'truncated'
  | 'corrupt'
  | 'schema-invalid'
  | 'newer-version'
  /** Nested past the depth limit: parsing it could exhaust the stack. */
  | 'too-deep'
  /** A link out of the data folder, which Passerelle never follows. */
  | 'symlink'
  /** The data file was fine, but a saved change in the journal after it could not be read back. */
  | 'journal-damaged';

export interface RecoveryNotice {
  reason: RecoveryReason;
  /** Byte-identical copy of the unusable file, or null when there was no file to keep. */
  quarantinedCopy: string | null;
  /** The backup that was restored, or null when none was usable and the app started empty. */
  restoredBackup: { file: string; savedAt: string } | null;
}

export interface StorageLocation {
  dataFile: string;
  backupsDirectory: string;
  quarantineDirectory: string;
}

export interface LoadedDocument {
  document: PlannerDocument;
  recovery: RecoveryNotice | null;
  location: StorageLocation;
  /** Set when the data folder cannot be written: the app runs, but nothing is saved yet. */
  writeProblem: ApiError | null;
}

export interface SaveReceipt {
  /** ISO time of the last write that reached the disk, or null when none has yet. */
  savedAt: string | null;
  pending: boolean;
}

export type StorageStatus =
  { state: 'pending' } | { state: 'saved'; savedAt: string } | { state: 'failed'; error: ApiError };

export interface ExternalLinkOutcome {
  opened: boolean;
}

export interface AppInfo {
  version: string;
  runtime: 'electron' | 'browser-preview';
  platform: string;
  /** The interface language the operating system suggests, for first run. */
  systemLanguage: Language;
  /** For "copy diagnostics": where the data and the log live, and the data's version. */
  dataDirectory: string;
  logDirectory: string;
  schemaVersion: number;
}

/**
 * The few facts the first frame needs (the shell and the section's heading, painted before the
 * app's code and the document arrive): a message of a few dozen bytes, whatever the data's size.
 */
export interface FirstFrameFacts {
  /** False on first run: the first frame is skipped and onboarding opens with the document. */
  onboarded: boolean;
  language: Language;
  theme: Preferences['theme'];
}

/** A failure inside the page (a screen that crashed), for the diagnostics log. */
export interface PageError {
  /** Where: the section or component, e.g. "budget". */
  where: string;
  /** The error's name and message, never the user's data. */
  message: string;
}

/** Files the user saves from the Export screen. The PDF and the backup are made by main. */
export type SavedTextKind = 'markdown' | 'csv' | 'ics';
export type PaperSize = 'A4' | 'Letter';

export interface SaveTextRequest {
  kind: SavedTextKind;
  /** The suggested name; the user may change it in the save dialog. */
  fileName: string;
  content: string;
}

export interface SavePdfRequest {
  fileName: string;
  /** The summary page from renderHtml: escaped text, its own CSP, no script. */
  html: string;
  paper: PaperSize;
}

/** `path` is null when the user closed the save dialog without saving. */
export interface SavedFile {
  path: string | null;
}

/** What a restore would bring in and what it would replace, for the user to compare. */
export interface DocumentCounts {
  name: string;
  domains: number;
  ratedSkills: number;
  milestones: number;
  applications: number;
  accounts: number;
  expenses: number;
}

export interface BackupPreview {
  exportedAt: string;
  appVersion: string;
  /** The backup's older schema version, when it will be migrated. */
  migratedFrom: number | null;
  incoming: DocumentCounts;
  current: DocumentCounts;
}

export interface RestoreOutcome {
  document: PlannerDocument;
  /** The backup of the data as it was just before the restore. */
  safetyCopy: string;
}

/** Request and response of every invoke channel. `undefined` request means "no argument". */
export interface InvokeContract {
  'document:load': { request: undefined; response: LoadedDocument };
  'document:first-frame': { request: undefined; response: FirstFrameFacts };
  'document:save-section': { request: SectionUpdate; response: SaveReceipt };
  'document:patch-application': { request: ApplicationPatch; response: SaveReceipt };
  'document:flush': { request: undefined; response: SaveReceipt };
  'shell:open-external': { request: string; response: ExternalLinkOutcome };
  'app:get-info': { request: undefined; response: AppInfo };
  'app:report-error': { request: PageError; response: null };
  'files:save-text': { request: SaveTextRequest; response: SavedFile };
  'files:save-pdf': { request: SavePdfRequest; response: SavedFile };
  'backup:save': { request: undefined; response: SavedFile };
  'backup:inspect': { request: string; response: BackupPreview };
  'backup:restore': { request: string; response: RestoreOutcome };
}
export type InvokeChannel = keyof InvokeContract;
export type RequestOf<C extends InvokeChannel> = InvokeContract[C]['request'];
export type ResponseOf<C extends InvokeChannel> = InvokeContract[C]['response'];

/** Messages main pushes to the renderer. */
export interface EventContract {
  'storage:status': StorageStatus;
}
export type EventChannel = keyof EventContract;

/**
 * Every invoke channel, declared once: the `window.api` method that calls it → its channel.
 * The channel list, `PlannerApi`'s invoke methods, the preload object, main's handler table
 * and the preview server's routes are all derived from this one table.
 */
export const INVOKE_METHODS = {
  loadDocument: 'document:load',
  /** The language, theme and onboarding state alone, for the frame painted before the app. */
  loadFirstFrame: 'document:first-frame',
  saveSection: 'document:save-section',
  patchApplication: 'document:patch-application',
  flush: 'document:flush',
  openExternal: 'shell:open-external',
  getAppInfo: 'app:get-info',
  /** Writes a page failure to the diagnostics log. */
  reportError: 'app:report-error',
  saveText: 'files:save-text',
  savePdf: 'files:save-pdf',
  saveBackup: 'backup:save',
  /** The backup file's text; nothing changes until restoreBackup. */
  inspectBackup: 'backup:inspect',
  restoreBackup: 'backup:restore',
} as const satisfies Record<string, InvokeChannel>;
type InvokeMethods = typeof INVOKE_METHODS;

// Fails to compile if a channel of InvokeContract has no method in INVOKE_METHODS.
type UnlistedChannels = Exclude<InvokeChannel, InvokeMethods[keyof InvokeMethods]>;
export const everyChannelListed: UnlistedChannels extends never ? true : never = true;

export const INVOKE_CHANNELS: readonly InvokeChannel[] = Object.values(INVOKE_METHODS);

/** A method of `window.api` for one channel: no parameter when the channel takes no argument. */
type InvokeMethod<C extends InvokeChannel> =
  RequestOf<C> extends undefined
    ? () => Promise<Result<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

/** What `window.api` offers the renderer: named functions only, never a raw channel. */
export type PlannerApi = { [M in keyof InvokeMethods]: InvokeMethod<InvokeMethods[M]> } & {
  /** Returns the function that unsubscribes. The listener never sees an Electron event. */
  onStorageStatus(listener: (status: StorageStatus) => void): () => void;
};

/** The exact keys of `window.api`, checked at run time by the end-to-end suite. */
export const PLANNER_API_METHODS = [
  ...(Object.keys(INVOKE_METHODS) as (keyof InvokeMethods)[]),
  'onStorageStatus',
] as const satisfies readonly (keyof PlannerApi)[];
