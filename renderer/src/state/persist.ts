/** Sends a change to main. Main validates it and debounces the disk write. */
import type { ApplicationPatch, SaveReceipt, SectionUpdate } from '../../../preload/contract/channels';
import type { ApiError, Result } from '../../../preload/contract/result';
import { plannerApi } from './api';
import { useStorageStore } from './storage-store';

function noteRefusal(result: Result<SaveReceipt>): Result<SaveReceipt> {
  const refusal: ApiError | null = result.ok ? null : result.error;
  useStorageStore.setState({ lastRefusal: refusal });
  return result;
}

export const persistSection = async (update: SectionUpdate) =>
  noteRefusal(await plannerApi().saveSection(update));

export const persistApplication = async (patch: ApplicationPatch) =>
  noteRefusal(await plannerApi().patchApplication(patch));
