/**
 * The text "Copy diagnostics" puts on the clipboard: what a helper needs to know of this copy
 * of Passerelle, and nothing of the user's plans. Pure, so it is tested without a page.
 */
import type { AppInfo } from '../../../../preload/contract/channels';

export interface DiagnosticsLabels {
  version: string;
  runtime: string;
  platform: string;
  schemaVersion: string;
  dataFolder: string;
  logFolder: string;
}

/** `line` writes "label: value" the language's way (French puts a narrow space before the colon). */
export function diagnosticsText(
  info: AppInfo,
  labels: DiagnosticsLabels,
  runtimeName: string,
  line: (label: string, value: string) => string,
): string {
  return [
    `Passerelle ${info.version}`,
    line(labels.runtime, `${runtimeName} (${info.runtime})`),
    line(labels.platform, info.platform),
    line(labels.schemaVersion, String(info.schemaVersion)),
    line(labels.dataFolder, info.dataDirectory),
    line(labels.logFolder, info.logDirectory),
  ].join('\n');
}
