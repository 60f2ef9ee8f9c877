/**
 * One way for a section store to change its data. Changes run one after another, each built
 * from the section as the previous one left it (two quick changes must both survive, not
 * race), and the screen changes only once main has accepted the change.
 */
import type { StoreApi, UseBoundStore } from 'zustand';
import type { SaveReceipt, SectionUpdate } from '../../../preload/contract/channels';
import type { ApiError, Result } from '../../../preload/contract/result';
import { persistSection } from './persist';

type SectionName = SectionUpdate['section'];
type SectionValue<N extends SectionName> = Extract<SectionUpdate, { section: N }>['value'];

/**
 * `send` tells main about the change; by default the whole new section goes. Returning null
 * means there is nothing to send (the change found nothing to change).
 */
export type Commit<T> = (
  change: (section: T) => T,
  send?: (next: T) => Promise<Result<SaveReceipt>> | null,
) => Promise<ApiError | null>;

export function sectionCommitter<N extends SectionName, T extends SectionValue<N>>(
  name: N,
  store: UseBoundStore<StoreApi<{ section: T }>>,
): Commit<T> {
  let pending: Promise<unknown> = Promise.resolve();
  const sendSection = (next: T) => persistSection({ section: name, value: next } as SectionUpdate);
  return (change, send = sendSection) => {
    const run = async (): Promise<ApiError | null> => {
      const next = change(store.getState().section);
      const result = await (send(next) ?? null);
      if (result && !result.ok) return result.error;
      store.setState({ section: next });
      return null;
    };
    const outcome = pending.then(run, run);
    pending = outcome;
    return outcome;
  };
}
