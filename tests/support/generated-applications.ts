/**
 * A reproducible set of applications at every stage, for benchmarks and screen tests: the
 * same count always gives the same applications (no randomness), spread over the last year.
 */
import { addDays, format, parseISO } from 'date-fns';
import type { Application } from '../../preload/contract/applications-section';
import { moveToStage } from '../../renderer/src/domain/applications/stages';
import { application } from './applications';

const ORGANISATIONS = [
  'Mercor',
  'Turing',
  'Outlier (Scale AI)',
  'Alignerr (Labelbox)',
  'DataAnnotation',
  'micro1',
  'Invisible Technologies',
  'xAI',
];
const ROLES = [
  'Clinical reviewer',
  'Finance expert',
  'Python tutor',
  'Security red-teamer',
  'Legal analyst',
  'Maths tutor',
];
const PATHS = [
  ['applied'],
  ['applied', 'ghosted'],
  ['applied', 'screening', 'rejected'],
  ['applied', 'screening', 'interview'],
  ['applied', 'screening', 'interview', 'offer'],
  ['applied', 'rejected'],
  [],
] as const;

export function generatedApplications(count: number, today: string): Application[] {
  const start = addDays(parseISO(today), -360);
  return Array.from({ length: count }, (_, i) => {
    const found = addDays(start, (i * 7) % 350);
    let a = application(`gen-${i}`, {
      organisation:
        `${ORGANISATIONS[i % ORGANISATIONS.length]} ${Math.floor(i / ORGANISATIONS.length) || ''}`.trim(),
      role: ROLES[i % ROLES.length] as string,
      foundOn: format(found, 'yyyy-MM-dd'),
      tags: i % 3 === 0 ? ['priority'] : [],
      notes: `Generated application number ${i}`,
    });
    (PATHS[i % PATHS.length] ?? []).forEach((stageId, step) => {
      a = moveToStage(a, stageId, format(addDays(found, 1 + step * 6), 'yyyy-MM-dd'));
    });
    return a;
  });
}
