/** Sends one section to main. Main validates and debounces the disk write. */
import type { SectionUpdate } from '../../../preload/contract/channels';
import type { Result, ApiError } from '../../../preload/contract/result';
import type { SaveReceipt } from '../../../preload/contract/channels';
import { plannerApi } from './api';
import { useStorageStore } from './storage-store';

export async function persistSection(update: SectionUpdate): Promise<Result<SaveReceipt>> {
  const result = await plannerApi().saveSection(update);
  const refusal: ApiError | null = result.ok ? null : result.error;
  useStorageStore.setState({ lastRefusal: refusal });
  return result;
}
