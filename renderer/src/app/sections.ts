/** The app's sections: one hash route each, in navigation order. */
export const SECTIONS = [
  { id: 'today', path: '/' },
  { id: 'profile', path: '/profile' },
  { id: 'skills', path: '/skills' },
  { id: 'path', path: '/path' },
  { id: 'applications', path: '/applications' },
  { id: 'budget', path: '/budget' },
  { id: 'export', path: '/export' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];
