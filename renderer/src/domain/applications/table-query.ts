/** Search, filter and sort for the applications table; pure so 2,000 rows stay quick to test. */
import type { Application, Stage } from '../../../../preload/contract/applications-section';
import { lastActivity } from './follow-ups';

export const SORT_KEYS = [
  'organisation',
  'role',
  'stage',
  'appliedOn',
  'lastActivity',
  'nextActionDue',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TableQuery {
  search: string;
  stageId: string | null;
  domainId: string | null;
  sort: SortKey;
  descending: boolean;
}

export const DEFAULT_QUERY: TableQuery = {
  search: '',
  stageId: null,
  domainId: null,
  sort: 'lastActivity',
  descending: true,
};

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/** The text a search looks through: who, what, where, tags, contacts and notes. */
const searchableText = (a: Application) =>
  fold(
    [a.organisation, a.role, a.location, a.source, a.notes, a.nextAction, ...a.tags]
      .concat(a.contacts.map((contact) => contact.name))
      .join('\n'),
  );

export function queryApplications(
  applications: readonly Application[],
  stages: readonly Stage[],
  query: TableQuery,
): Application[] {
  const words = fold(query.search).split(/\s+/).filter(Boolean);
  const stageOrder = new Map(stages.map((stage, index) => [stage.id, index]));
  const value = (a: Application): string | number => {
    switch (query.sort) {
      case 'stage':
        return stageOrder.get(a.stageId) ?? stages.length;
      case 'lastActivity':
        return lastActivity(a) ?? '';
      case 'organisation':
      case 'role':
        return fold(a[query.sort]);
      default:
        return a[query.sort] ?? '';
    }
  };
  const shown = applications.filter((a) => {
    if (query.stageId !== null && a.stageId !== query.stageId) return false;
    if (query.domainId !== null && a.domainId !== query.domainId) return false;
    if (words.length === 0) return true;
    const haystack = searchableText(a);
    return words.every((word) => haystack.includes(word));
  });
  const keyed = shown.map((a) => ({ a, key: value(a) }));
  const direction = query.descending ? -1 : 1;
  keyed.sort((x, y) => (x.key < y.key ? -direction : x.key > y.key ? direction : 0));
  return keyed.map((entry) => entry.a);
}
