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

export function diagnosticsText(info: AppInfo, labels: DiagnosticsLabels, runtimeName: string): string {
  return [
    `Passerelle ${info.version}`,
    `${labels.runtime}: ${runtimeName} (${info.runtime})`,
    `${labels.platform}: ${info.platform}`,
    `${labels.schemaVersion}: ${info.schemaVersion}`,
    `${labels.dataFolder}: ${info.dataDirectory}`,
    `${labels.logFolder}: ${info.logDirectory}`,
  ].join('\n');
}
