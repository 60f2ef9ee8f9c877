import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyApplicationsSection } from '../../../preload/contract/applications-section';
import {
  APPLICATION_COLUMNS,
  applicationRow,
  readApplicationRow,
  type ImportContext,
} from '../../../renderer/src/domain/applications/applications-csv';
import { fromCsv, toCsv } from '../../../renderer/src/domain/applications/csv';
import { applyImport, planImport } from '../../../renderer/src/domain/applications/import-plan';
import { searchLog } from '../../../renderer/src/domain/applications/search-log';
import { application } from '../../support/applications';

const section = emptyApplicationsSection();
const context: ImportContext = {
  stageId: (text) => section.stages.find((s) => s.id === text.toLowerCase())?.id ?? null,
  parseDay: (text) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null),
  numberLocale: 'en-GB',
  currency: 'EUR',
  today: '2026-11-21',
};
const HOSTILE = [
  "=cmd|' /C calc'!A0",
  '+33 6 12 34 56 78',
  '@SUM(A1)',
  'Mercor, "Inc."\nLondon',
  'Équipe 🚀',
  'مرحبا',
];

const rich = application('mercor', {
  organisation: HOSTILE[0],
  role: HOSTILE[3],
  notes: HOSTILE.join(' | '),
  stageId: 'interview',
  appliedOn: '2026-10-01',
  // 12.5 hours a week: the column must carry fractions too, or a re-import would lose them.
  pay: { minMinor: 4550, maxMinor: 6000, unit: 'hour', currency: 'USD', unitsPerWeek: 12.5 },
  history: [
    { stageId: 'applied', on: '2026-10-01', note: HOSTILE[2] as string },
    { stageId: 'interview', on: '2026-10-12', note: '' },
  ],
  contacts: [
    {
      name: HOSTILE[5] as string,
      role: 'Recruiter',
      email: 'r@example.org',
      phone: HOSTILE[1] as string,
      notes: '',
      lastContacted: '2026-10-13',
    },
  ],
  assessments: [{ kind: 'Clinical case test', deadline: '2026-10-08', result: 'Passed' }],
  tags: ['medicine', 'urgent'],
  expectedStart: '2027-01-04',
  likelihood: 30,
});

const roundTrip = (apps: ReturnType<typeof application>[]) => {
  const parsed = fromCsv(toCsv(APPLICATION_COLUMNS, apps.map(applicationRow)));
  return parsed.records.map((record, i) => readApplicationRow(parsed.header, record.cells, i + 1, context));
};

describe('all applications as CSV', () => {
  it('round-trips an application with hostile cells exactly, keeping its id', () => {
    expect(roundTrip([rich])).toEqual([{ row: 1, ok: true, application: rich, keptId: true }]);
  });

  it('round-trips generated applications (property)', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.trim());
    fc.assert(
      fc.property(
        cell.filter((s) => s !== ''),
        cell,
        cell,
        (organisation, role, notes) => {
          const app = application('gen', { organisation, role, notes });
          const [row] = roundTrip([app]);
          expect(row).toEqual({ row: 1, ok: true, application: app, keptId: true });
        },
      ),
    );
  });

  it('gives each bad row its problems by column, and reads the good ones', () => {
    const csv =
      'organisation,stage,applied_on,pay_min,likelihood\r\n,applied,2026-10-01,,\r\nTuring,nowhere,31/02/2026,abc,140\r\nMercor,applied,2026-11-02,"1,250.50",40';
    const parsed = fromCsv(csv);
    const rows = parsed.records.map((record, i) =>
      readApplicationRow(parsed.header, record.cells, i + 1, context),
    );
    expect(rows[0]).toMatchObject({ ok: false, problems: [{ column: 'organisation', code: 'required' }] });
    expect(rows[1]).toMatchObject({ ok: false, organisation: 'Turing' });
    expect(rows[1]?.ok === false && rows[1].problems.map((p) => `${p.column}:${p.code}`).sort()).toEqual([
      'applied_on:date',
      'likelihood:number',
      'pay_min:amount',
      'stage:stage',
    ]);
    expect(rows[2]).toMatchObject({
      ok: true,
      keptId: false,
      application: {
        organisation: 'Mercor',
        pay: { minMinor: 125050, unit: 'month', currency: 'EUR' },
        // A file from another tracker starts a history, so statistics count the row.
        history: [{ stageId: 'applied', on: '2026-11-02', note: '' }],
      },
    });
  });
});

describe('an import plan', () => {
  it('replaces re-imported applications by id, adds new ones with fresh ids, and refuses bad rows', () => {
    const current = {
      ...section,
      applications: [application('mercor'), application('turing', { organisation: 'Turing' })],
    };
    const rows = [
      { row: 1, ok: true as const, application: { ...application('mercor'), role: 'Updated' }, keptId: true },
      {
        row: 2,
        ok: true as const,
        application: application('new', { organisation: 'Mercor' }),
        keptId: false,
      },
      { row: 3, ok: false as const, organisation: 'x', problems: [] },
    ];
    const plan = planImport(current, rows);
    expect(plan.replaced.map((a) => a.role)).toEqual(['Updated']);
    expect(plan.added.map((a) => a.id)).toEqual(['mercor-2']);
    expect(plan.refused.map((r) => r.row)).toEqual([3]);
    const next = applyImport(current, plan);
    expect(next.applications.map((a) => [a.id, a.role])).toEqual([
      ['mercor', 'Updated'],
      ['turing', 'Clinical reviewer'],
      ['mercor-2', 'Clinical reviewer'],
    ]);
  });
});

describe('the job-search log', () => {
  const wording = {
    stage: (id: string) => id.toUpperCase(),
    contacted: (name: string) => `Contacted ${name}`,
    assessment: (kind: string) => `Assessment: ${kind}`,
  };

  it('has one dated line per stage change, contact and assessment, oldest first', () => {
    expect(searchLog([rich], wording).map((e) => [e.on, e.action, e.outcome])).toEqual([
      ['2026-10-01', `APPLIED: ${HOSTILE[2]}`, 'INTERVIEW'],
      ['2026-10-08', 'Assessment: Clinical case test', 'Passed'],
      ['2026-10-12', 'INTERVIEW', 'INTERVIEW'],
      ['2026-10-13', `Contacted ${HOSTILE[5]}`, 'INTERVIEW'],
    ]);
  });

  it('keeps only the lines within the chosen dates', () => {
    expect(searchLog([rich], wording, { from: '2026-10-05', to: '2026-10-12' }).map((e) => e.on)).toEqual([
      '2026-10-08',
      '2026-10-12',
    ]);
  });
});
