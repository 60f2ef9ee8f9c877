/**
 * The ARE estimator's draft: what was typed in it (as typed, valid or not), the parameters
 * changed and the last estimate. The estimator lives in a tab that unmounts when the user goes
 * elsewhere; this store outlives it so coming back finds everything as it was left. It is a
 * helper's scratch paper, never part of the saved document: it lasts as long as the window.
 */
import { create } from 'zustand';
import { DEFAULT_ARE, type AreEstimate, type AreParameters } from '../domain/budget/are-estimator';

/** The estimator's fields as typed (text, or a tick), by field key. */
export type AreTypedValues = Record<string, string | boolean>;

interface AreDraft {
  /** Null until the user first types: the estimator then starts from its own defaults. */
  typed: AreTypedValues | null;
  parameters: AreParameters;
  estimate: AreEstimate | null;
}

const blankDraft = (): AreDraft => ({ typed: null, parameters: DEFAULT_ARE, estimate: null });

export const useAreDraftStore = create<AreDraft>(blankDraft);

export const keepAreTyped = (typed: AreTypedValues): void =>
  useAreDraftStore.setState({ typed: { ...typed } });

export const setAreParameters = (parameters: AreParameters): void =>
  useAreDraftStore.setState({ parameters });

export const setAreEstimate = (estimate: AreEstimate | null): void => useAreDraftStore.setState({ estimate });

/** Forgets the draft (tests start each case from a blank estimator). */
export const clearAreDraft = (): void => useAreDraftStore.setState(blankDraft());
