/**
 * The app's sections, one hash route each, in navigation order. Data only, so the first frame
 * (painted before the app's code arrives) can draw the navigation without the section chunks.
 */
export const SECTIONS = [
  { id: 'today', path: '/' },
  { id: 'profile', path: '/profile' },
  { id: 'skills', path: '/skills' },
  { id: 'path', path: '/path' },
  { id: 'applications', path: '/applications' },
  { id: 'budget', path: '/budget' },
  { id: 'gig', path: '/gig' },
  { id: 'duties', path: '/duties' },
  { id: 'export', path: '/export' },
  { id: 'about', path: '/about' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];
