/** The Claimant duties section's screens: one chunk, loaded on first visit (see ../sections.ts). */
export { DutiesPage } from '../../features/duties/DutiesPage';
