/** Save status, recovery notice and write problems: what the user is told about their data. */
import { create } from 'zustand';
import type {
  AppInfo,
  RecoveryNotice,
  StorageLocation,
  StorageStatus,
} from '../../../preload/contract/channels';
import type { ApiError } from '../../../preload/contract/result';

interface StorageState {
  status: StorageStatus | null;
  recovery: RecoveryNotice | null;
  writeProblem: ApiError | null;
  /** The last change main refused (e.g. failed validation), shown until the next success. */
  lastRefusal: ApiError | null;
  location: StorageLocation | null;
  appInfo: AppInfo | null;
}

export const useStorageStore = create<StorageState>(() => ({
  status: null,
  recovery: null,
  writeProblem: null,
  lastRefusal: null,
  location: null,
  appInfo: null,
}));

export function applyStorageStatus(status: StorageStatus): void {
  useStorageStore.setState((state) => ({
    status,
    writeProblem:
      status.state === 'failed' ? status.error : status.state === 'saved' ? null : state.writeProblem,
  }));
}

export function dismissRecovery(): void {
  useStorageStore.setState({ recovery: null });
}
