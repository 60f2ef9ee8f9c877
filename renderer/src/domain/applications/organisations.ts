/**
 * Organisations that hire AI tutors and trainers, offered as suggestions when typing an
 * application (free text is always allowed). Names as the companies write them; taken from
 * ../shared/reference/tutor-domains.md (2025) plus the labs those vendors work for.
 */
export const SUGGESTED_ORGANISATIONS = [
  'Alignerr (Labelbox)',
  'Anthropic',
  'DataAnnotation',
  'Google DeepMind',
  'Invisible Technologies',
  'Mercor',
  'Meta',
  'micro1',
  'OpenAI',
  'Outlier (Scale AI)',
  'Scale AI',
  'Surge AI',
  'Turing',
  'xAI',
] as const;
