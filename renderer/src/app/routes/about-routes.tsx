/** The About & help section's screen: one chunk, loaded on first visit (see ../sections.ts). */
export { AboutPage } from '../../features/about/AboutPage';
