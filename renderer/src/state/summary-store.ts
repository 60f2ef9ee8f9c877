/** The counsellor summary's settings and texts: every change goes through main first. */
import { create } from 'zustand';
import type { SummarySettings } from '../../../preload/contract/summary-section';
import { emptySummarySection } from '../../../preload/contract/section-defaults';
import { sectionCommitter } from './section-committer';

export const useSummaryStore = create<{ section: SummarySettings }>(() => ({
  section: emptySummarySection(),
}));

const commit = sectionCommitter('summary', useSummaryStore);

export const updateSummary = (change: (section: SummarySettings) => SummarySettings) => commit(change);
