/** Text files the user saves (CSV, calendar, Markdown) go through main's save service. */
import type { SavedTextKind } from '../../../preload/contract/channels';
import { plannerApi } from '../state/api';

export const saveTextFile = (kind: SavedTextKind, fileName: string, content: string) =>
  plannerApi().saveText({ kind, fileName, content });
