import { describe, expect, it } from 'vitest';
import { emptyApplicationsSection } from '../../../preload/contract/applications-section';
import { DEFAULT_QUERY, queryApplications } from '../../../renderer/src/domain/applications/table-query';
import { application } from '../../support/applications';

const { stages } = emptyApplicationsSection();
const apps = [
  application('a', {
    organisation: 'Mercor',
    role: 'Clinical reviewer',
    stageId: 'interview',
    appliedOn: '2026-10-01',
  }),
  application('b', {
    organisation: 'Écho Santé',
    role: 'Relecteur médical',
    stageId: 'applied',
    appliedOn: '2026-11-02',
    tags: ['urgent'],
  }),
  application('c', {
    organisation: 'Turing',
    role: 'Python tutor',
    stageId: 'saved',
    domainId: 'software-engineering',
  }),
];
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('the applications table query', () => {
  it('searches without caring about case or accents, across organisation, role and tags', () => {
    expect(ids(queryApplications(apps, stages, { ...DEFAULT_QUERY, search: 'echo' }))).toEqual(['b']);
    expect(ids(queryApplications(apps, stages, { ...DEFAULT_QUERY, search: 'URGENT' }))).toEqual(['b']);
    expect(ids(queryApplications(apps, stages, { ...DEFAULT_QUERY, search: 'clinical mercor' }))).toEqual([
      'a',
    ]);
  });

  it('filters by stage and domain', () => {
    expect(ids(queryApplications(apps, stages, { ...DEFAULT_QUERY, stageId: 'applied' }))).toEqual(['b']);
    expect(
      ids(queryApplications(apps, stages, { ...DEFAULT_QUERY, domainId: 'software-engineering' })),
    ).toEqual(['c']);
  });

  it('sorts by stage in board order, and by organisation alphabetically ignoring accents', () => {
    expect(
      ids(queryApplications(apps, stages, { ...DEFAULT_QUERY, sort: 'stage', descending: false })),
    ).toEqual(['c', 'b', 'a']);
    expect(
      ids(queryApplications(apps, stages, { ...DEFAULT_QUERY, sort: 'organisation', descending: false })),
    ).toEqual(['b', 'a', 'c']);
  });
});
