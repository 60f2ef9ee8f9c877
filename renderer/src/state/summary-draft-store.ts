/**
 * The summary's free texts that could not be saved because they are over the limit: kept as
 * typed for the window's life, so leaving the Export screen and coming back finds them with
 * their error, not silently back to the last saved version. Never part of the document.
 */
import { create } from 'zustand';
import type { SummarySettings } from '../../../preload/contract/summary-section';

export type SummaryTexts = Pick<SummarySettings, 'constraints' | 'note'>;

export const useSummaryDraftStore = create<Partial<SummaryTexts>>(() => ({}));

export const keepSummaryDraft = (draft: Partial<SummaryTexts>): void =>
  useSummaryDraftStore.setState(draft, true);
