/** The Path section's screens: one chunk, loaded on first visit (see ../sections.ts). */
export { PathPage } from '../../features/path/PathPage';
