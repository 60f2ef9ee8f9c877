/** The claimant's duties (US state rule, own figures, work-search activities): saved through main first. */
import { create } from 'zustand';
import type { ClaimantSection } from '../../../preload/contract/claimant-section';
import { emptyClaimantSection } from '../../../preload/contract/section-defaults';
import { sectionCommitter } from './section-committer';

export const useClaimantStore = create<{ section: ClaimantSection }>(() => ({
  section: emptyClaimantSection(),
}));

const commit = sectionCommitter('claimant', useClaimantStore);

/** `change` is a pure rule from domain/gig (section → section); a refused change leaves the screen as it was. */
export const updateClaimant = (change: (section: ClaimantSection) => ClaimantSection) => commit(change);
