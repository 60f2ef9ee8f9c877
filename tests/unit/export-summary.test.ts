import { describe, expect, it } from 'vitest';
import { testI18n } from '../support/test-i18n';
import { buildSummary, SUMMARY_SECTIONS, type SummaryInput } from '../../renderer/src/domain/export/summary';
import { renderMarkdown } from '../../renderer/src/domain/export/render-markdown';
import { formatMoney } from '../../renderer/src/domain/money';

const wording = (language: 'en' | 'fr') => ({
  t: testI18n.getFixedT(language) as (key: string, values?: Record<string, string | number>) => string,
  day: (iso: string) => iso,
  money: (minor: number) => formatMoney(minor, 'EUR', language === 'fr' ? 'fr-FR' : 'en-GB'),
});

const input = (changes: Partial<SummaryInput> = {}): SummaryInput => ({
  language: 'en',
  preparedOn: '2026-11-21',
  sections: new Set(SUMMARY_SECTIONS),
  hideAmounts: false,
  logSince: null,
  person: {
    name: 'Amina Diallo',
    layoffDate: '2025-09-12',
    previousRole: 'AI trainer',
    previousEmployer: 'xAI',
    hoursPerWeek: 18,
    constraints: 'Childcare on Wednesdays',
  },
  targets: [
    {
      name: 'Medicine',
      fit: 99,
      gates: ['Nursing licence'],
      gaps: [{ skill: 'Evidence-based medicine', have: 1, need: 3 }],
    },
  ],
  plan: [{ title: 'EBM course', start: '2026-11-23', end: '2026-12-20', status: 'To do', hours: 30 }],
  readyDates: [{ domain: 'Medicine', date: '2027-02-01' }],
  log: [
    {
      on: '2026-11-02',
      organisation: 'Mercor',
      role: 'Clinical reviewer',
      contact: '',
      action: 'Applied',
      outcome: 'Interview',
    },
  ],
  budget: {
    verdict: 'First pay planned 7 weeks before the money runs out.',
    runwayEnd: '2027-05-01',
    lowestMinor: 123456,
    burnMinor: 180000,
    benefits: { amountMinor: 168660, period: 'month' },
  },
  note: 'Ask about the CPF for the course.',
  ...changes,
});

const headings = (summary: ReturnType<typeof buildSummary>) =>
  summary.blocks
    .filter((b) => b.kind === 'heading' && b.level === 2)
    .map((b) => (b.kind === 'heading' ? b.text : ''));

describe('the counsellor summary', () => {
  it('lays out goals, barriers, dated actions, weekly hours, the log and the money', () => {
    const summary = buildSummary(input(), wording('en'));
    expect(headings(summary)).toEqual([
      'Situation',
      'Goals',
      'Action plan',
      'Job-search log',
      'Money',
      'Remarks',
    ]);
    const markdown = renderMarkdown(summary);
    expect(markdown).toContain('Barrier: Nursing licence; the plan below works towards it\\.');
    expect(markdown).toContain('Weekly activity: 18 hours\\.');
    expect(markdown).toContain('| 2026\\-11\\-02 | Mercor | Clinical reviewer |  | Applied | Interview |');
    expect(markdown).toContain('Lowest balance projected: €1,234\\.56\\.');
  });

  it('keeps only the sections the user picks', () => {
    const summary = buildSummary(input({ sections: new Set(['situation', 'note'] as const) }), wording('en'));
    expect(headings(summary)).toEqual(['Situation', 'Remarks']);
  });

  it('hides every amount behind the privacy switch, and keeps the verdict', () => {
    const markdown = renderMarkdown(buildSummary(input({ hideAmounts: true }), wording('en')));
    expect(markdown).not.toMatch(/€|\d,\d{3}\\?\.\d\d/);
    expect(markdown).toContain('Lowest balance projected: amount hidden\\.');
    expect(markdown).toContain('First pay planned 7 weeks');
  });

  it('speaks the export language, whatever the interface speaks', () => {
    const summary = buildSummary(input({ language: 'fr' }), wording('fr'));
    expect(summary.title).toBe('Plan de transition\u202f: Amina Diallo');
    expect(headings(summary)).toEqual([
      'Situation',
      'Objectifs',
      'Plan d’action',
      'Journal de recherche d’emploi',
      'Budget',
      'Remarques',
    ]);
  });
});
