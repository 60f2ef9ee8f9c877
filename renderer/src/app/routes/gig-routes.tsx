/** The Gig work section's screens: one chunk, loaded on first visit (see ../sections.ts). */
export { GigPage } from '../../features/gig/GigPage';
