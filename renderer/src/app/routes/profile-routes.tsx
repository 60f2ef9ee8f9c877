/** The Profile section's screens: one chunk, loaded on first visit (see ../sections.ts). */
export { ProfileSection } from '../../features/profile/ProfileSection';
