/** Sends one section to main. Main validates and debounces the disk write. */
import type { SaveReceipt, SectionUpdate } from '../../../preload/contract/channels';
import type { ApiError, Result } from '../../../preload/contract/result';
import { plannerApi } from './api';
import { useStorageStore } from './storage-store';

export async function persistSection(update: SectionUpdate): Promise<Result<SaveReceipt>> {
  const result = await plannerApi().saveSection(update);
  const refusal: ApiError | null = result.ok ? null : result.error;
  useStorageStore.setState({ lastRefusal: refusal });
  return result;
}
