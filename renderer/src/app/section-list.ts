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

type Section = (typeof SECTIONS)[number];

/** A section stays current on its sub-pages (a domain's detail is still Skills & domains). */
export const isCurrent = (location: string, path: string) =>
  location === path || (path !== '/' && location.startsWith(`${path}/`));

/** The section a route ("/budget/money") belongs to; null on an unknown page. */
export function sectionAt(location: string): Section | null {
  return SECTIONS.find((section) => isCurrent(location, section.path)) ?? null;
}
