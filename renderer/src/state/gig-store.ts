/** The gig log (platforms, work, screenings, tax choices): every change goes through main first. */
import { create } from 'zustand';
import type { GigSection } from '../../../preload/contract/gig-section';
import { emptyGigSection } from '../../../preload/contract/section-defaults';
import { sectionCommitter } from './section-committer';

export const useGigStore = create<{ section: GigSection }>(() => ({
  section: emptyGigSection(),
}));

const commit = sectionCommitter('gig', useGigStore);

/** `change` is a pure rule from domain/gig (section → section); a refused change leaves the screen as it was. */
export const updateGig = (change: (section: GigSection) => GigSection) => commit(change);
