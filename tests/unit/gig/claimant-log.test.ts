import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  CLAIMANT_LIMITS,
  claimantSectionSchema,
  emptyClaimantSection,
  WORK_SEARCH_KINDS,
} from '../../../preload/contract/claimant-section';
import { fromCsv } from '../../../renderer/src/domain/applications/csv';
import {
  addActivity,
  removeActivity,
  roomForActivities,
  ruleFor,
  setActivitiesPerWeek,
  setUsState,
  setWeeklyActivityHours,
  stateLog,
  updateActivity,
  type WorkSearchActivityFields,
} from '../../../renderer/src/domain/gig/claimant-log';
import { stateLogCsv } from '../../../renderer/src/domain/gig/claimant-log-csv';
import { checkWorkSearchWeeks } from '../../../renderer/src/domain/gig/us-work-search-check';
import { WORK_SEARCH_PRESETS } from '../../../renderer/src/domain/gig/us-work-search-presets';

function contact(overrides: Partial<WorkSearchActivityFields> = {}): WorkSearchActivityFields {
  return {
    day: '2026-11-16',
    kind: 'application',
    employer: 'Acme Labs',
    position: 'AI tutor (finance)',
    address: '1 Main St, Austin TX',
    phone: '512 555 0100',
    websiteOrEmail: 'jobs@acme.example',
    contactPerson: 'Dana Ruiz',
    contactTitle: 'Recruiter',
    method: 'online',
    result: 'Applied, awaiting reply',
    ...overrides,
  };
}

const wording = {
  field: (field: string) => `[${field}]`,
  kind: (kind: string) => `kind:${kind}`,
  day: (iso: string) => iso.split('-').reverse().join('/'),
};

describe('claimant section edits', () => {
  it('sets the state and the user’s own figures, and null goes back to the preset', () => {
    let section = setUsState(emptyClaimantSection(), 'TX');
    section = setActivitiesPerWeek(setWeeklyActivityHours(section, 20), 5);
    expect(section).toMatchObject({ usState: 'TX', activitiesPerWeek: 5, weeklyActivityHours: 20 });
    expect(setActivitiesPerWeek(section, null).activitiesPerWeek).toBeNull();
    expect(claimantSectionSchema.safeParse(section).success).toBe(true);
  });

  it('adds activities with readable unique ids, updates one and removes one', () => {
    let section = addActivity(emptyClaimantSection(), contact());
    section = addActivity(section, contact());
    section = addActivity(section, contact({ employer: '', kind: 'job-fair', day: '2026-11-17' }));
    expect(section.activities.map((a) => a.id)).toEqual([
      '2026-11-16-acme-labs',
      '2026-11-16-acme-labs-2',
      '2026-11-17-job-fair',
    ]);
    section = updateActivity(section, '2026-11-16-acme-labs-2', contact({ result: 'Interview on Monday' }));
    expect(section.activities[1]).toMatchObject({
      id: '2026-11-16-acme-labs-2',
      result: 'Interview on Monday',
    });
    section = removeActivity(section, '2026-11-16-acme-labs');
    expect(section.activities.map((a) => a.id)).toEqual(['2026-11-16-acme-labs-2', '2026-11-17-job-fair']);
    expect(claimantSectionSchema.safeParse(section).success).toBe(true);
  });

  it('counts the room left before the contract’s limit', () => {
    expect(roomForActivities(emptyClaimantSection())).toBe(CLAIMANT_LIMITS.activities);
    expect(roomForActivities(addActivity(emptyClaimantSection(), contact()))).toBe(
      CLAIMANT_LIMITS.activities - 1,
    );
  });

  test.prop([fc.array(fc.constantFrom('Acme', 'acme', 'ACME ', '', 'Zed'), { maxLength: 30 })])(
    'ids stay unique whatever is added',
    (employers) => {
      const section = employers.reduce(
        (s, employer) => addActivity(s, contact({ employer })),
        emptyClaimantSection(),
      );
      expect(new Set(section.activities.map((a) => a.id)).size).toBe(employers.length);
    },
  );
});

describe('the rule that applies', () => {
  it('is none before a state is chosen, the preset otherwise, the letter’s number when typed', () => {
    expect(ruleFor(emptyClaimantSection())).toBeNull();
    const texas = setUsState(emptyClaimantSection(), 'TX');
    expect(ruleFor(texas)).toBe(WORK_SEARCH_PRESETS.TX);
    const own = ruleFor(setActivitiesPerWeek(texas, 5));
    expect(own?.activitiesPerWeek).toMatchObject({ value: 5, source: 'letter', status: 'confirmed' });
    expect(own?.logFields).toEqual(WORK_SEARCH_PRESETS.TX.logFields);
  });

  it('meets Texas’s week (Sunday 15 to Saturday 21 November 2026) with three contacts', () => {
    let section = setUsState(emptyClaimantSection(), 'TX');
    for (const day of ['2026-11-15', '2026-11-17', '2026-11-18'])
      section = addActivity(section, contact({ day }));
    const rule = ruleFor(section);
    if (!rule) throw new Error('expected a rule');
    const [week] = checkWorkSearchWeeks(rule, section.activities, '2026-11-18', '2026-11-18');
    expect(week).toMatchObject({ weekStart: '2026-11-15', weekEnd: '2026-11-21', met: true, counted: 3 });
    const stricter = ruleFor(setActivitiesPerWeek(section, 4));
    if (!stricter) throw new Error('expected a rule');
    expect(
      checkWorkSearchWeeks(stricter, section.activities, '2026-11-18', '2026-11-18')[0]?.reasons,
    ).toEqual([{ code: 'too-few-activities', have: 3, need: 4 }]);
  });
});

describe('the state’s log', () => {
  const section = [
    contact({ day: '2026-11-18', employer: 'Late', kind: 'interview' }),
    contact({ day: '2026-11-02', employer: 'Early' }),
    contact({ day: '2026-10-30', employer: 'Before' }),
  ].reduce(addActivity, setUsState(emptyClaimantSection(), 'TX'));

  it('has only the state’s fields, in its order, oldest first, within the period', () => {
    const log = stateLog(
      WORK_SEARCH_PRESETS.TX,
      section.activities,
      { from: '2026-11-01', to: null },
      wording,
    );
    expect(log.header).toEqual([
      '[date]',
      '[activity-type]',
      '[position]',
      '[contact-person]',
      '[contact-title]',
      '[address]',
      '[website-or-email]',
      '[result]',
    ]);
    expect(log.rows).toEqual([
      [
        '02/11/2026',
        'kind:application',
        'AI tutor (finance)',
        'Dana Ruiz',
        'Recruiter',
        '1 Main St, Austin TX',
        'jobs@acme.example',
        'Applied, awaiting reply',
      ],
      [
        '18/11/2026',
        'kind:interview',
        'AI tutor (finance)',
        'Dana Ruiz',
        'Recruiter',
        '1 Main St, Austin TX',
        'jobs@acme.example',
        'Applied, awaiting reply',
      ],
    ]);
  });

  it('follows another state’s fields (Connecticut names the employer and the phone)', () => {
    const log = stateLog(
      WORK_SEARCH_PRESETS.CT,
      section.activities,
      { from: null, to: '2026-10-31' },
      wording,
    );
    expect(log.header).toHaveLength(WORK_SEARCH_PRESETS.CT.logFields.length);
    expect(log.rows).toEqual([
      [
        '30/10/2026',
        'Before',
        'Dana Ruiz',
        'jobs@acme.example',
        '512 555 0100',
        'AI tutor (finance)',
        'Applied, awaiting reply',
      ],
    ]);
  });

  it('writes a CSV that reads back to the same cells, a formula neutralised', () => {
    const hostile = addActivity(section, contact({ day: '2026-11-20', result: '=HYPERLINK("http://x")' }));
    const log = stateLog(
      WORK_SEARCH_PRESETS.TX,
      hostile.activities,
      { from: '2026-11-01', to: null },
      wording,
    );
    const csv = stateLogCsv(log);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    const parsed = fromCsv(csv);
    expect(parsed.header).toEqual(log.header);
    expect(parsed.records.map((r) => r.cells)).toEqual(log.rows);
  });

  it('words every kind the contract knows', () => {
    const all = WORK_SEARCH_KINDS.reduce(
      (s, kind) => addActivity(s, contact({ kind })),
      emptyClaimantSection(),
    );
    const log = stateLog(WORK_SEARCH_PRESETS.TX, all.activities, { from: null, to: null }, wording);
    expect(log.rows.map((row) => row[1])).toEqual(WORK_SEARCH_KINDS.map((k) => `kind:${k}`));
  });
});
