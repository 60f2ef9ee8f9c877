import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { emptyClaimantSection } from '../../preload/contract/claimant-section';
import { emptyGigSection, type GigSection } from '../../preload/contract/gig-section';
import { dutiesSummary, type DutiesSources } from '../../renderer/src/domain/export/duties-summary';
import { renderHtml } from '../../renderer/src/domain/export/render-html';
import { renderMarkdown } from '../../renderer/src/domain/export/render-markdown';
import { buildSummary, SUMMARY_SECTIONS, type SummaryInput } from '../../renderer/src/domain/export/summary';
import { addActivity, setUsState } from '../../renderer/src/domain/gig/claimant-log';
import { formatMoney } from '../../renderer/src/domain/money';
import { testI18n } from '../support/test-i18n';
import { entry, platform, screening } from './gig/gig-builders';

const t = (language: 'en' | 'fr'): TFunction => testI18n.getFixedT(language);
const wording = (language: 'en' | 'fr') => ({
  t: t(language) as unknown as (key: string, values?: Record<string, string | number>) => string,
  day: (iso: string) => iso,
  money: (minor: number) =>
    formatMoney(minor, language === 'fr' ? 'EUR' : 'USD', language === 'fr' ? 'fr-FR' : 'en-US'),
});

// October and November 2026: 4 h at 25.00 EUR in October (paid in November), 2 h 30 at
// 20.00 EUR in November, one hour in dollars with no rate, and a screening of 1 h.
const gig: GigSection = {
  ...emptyGigSection(),
  platforms: [platform({ currency: 'EUR' })],
  entries: [
    entry({
      id: 'oct',
      day: '2026-10-20',
      paidMinutes: 240,
      rate: { amountMinor: 2500, unit: 'hour' },
      currency: 'EUR',
      paidOn: '2026-11-05',
      payout: { receivedMinor: 9800, feesMinor: 200 },
    }),
    entry({
      id: 'nov',
      day: '2026-11-17',
      paidMinutes: 150,
      rate: { amountMinor: 2000, unit: 'hour' },
      currency: 'EUR',
    }),
    entry({
      id: 'usd',
      day: '2026-11-16',
      paidMinutes: 60,
      rate: { amountMinor: 3000, unit: 'hour' },
      currency: 'USD',
    }),
  ],
  screenings: [screening({ day: '2026-11-18', unpaidMinutes: 60 })],
};

function baseInput(changes: Partial<SummaryInput>): SummaryInput {
  return {
    language: 'en',
    preparedOn: '2026-11-18',
    sections: new Set(SUMMARY_SECTIONS),
    hideAmounts: false,
    logSince: '2026-11-01',
    person: {
      name: 'Amina',
      layoffDate: null,
      previousRole: '',
      previousEmployer: '',
      hoursPerWeek: 18,
      constraints: '',
    },
    targets: [],
    plan: [],
    readyDates: [],
    log: [],
    budget: null,
    note: '',
    ...changes,
  };
}

const france: DutiesSources = { gig, claimant: emptyClaimantSection(), rates: [] };

describe('the claimant’s side of the counsellor summary', () => {
  it('gives France the period’s gig income by month and the weekly activity hours', () => {
    const duties = dutiesSummary(
      france,
      { today: '2026-11-18', since: '2026-10-18', country: 'FR', language: 'fr' },
      t('fr'),
    );
    // October: 4 h × 25 € earned; November: 2 h 30 × 20 € earned, 98 € received; the dollar hour left out.
    expect(duties.gigMonths).toEqual([
      { label: 'octobre 2026', earnedMinor: 10000, receivedMinor: 0 },
      { label: 'novembre 2026', earnedMinor: 5000, receivedMinor: 9800 },
    ]);
    expect(duties.unconverted).toBe(1);
    expect(duties.workSearch).toBeNull();
    expect(duties.activity?.targetHours).toBe('15');
    // The week of 16 November: 2 h 30 + 1 h + the 1 h screening.
    expect(duties.activity?.weeks.at(-1)).toEqual({
      weekStart: '2026-11-16',
      weekEnd: '2026-11-22',
      hours: '4,5',
    });
    expect(duties.activity?.weeks[0]?.weekStart).toBe('2026-10-12');
  });

  it('puts activity hours in the log part and gig income in the money part, in both renderers', () => {
    const duties = dutiesSummary(
      france,
      { today: '2026-11-18', since: '2026-11-01', country: 'FR', language: 'fr' },
      t('fr'),
    );
    const summary = buildSummary(baseInput({ language: 'fr', duties }), wording('fr'));
    const titles = summary.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(titles).toEqual(
      expect.arrayContaining(['Heures d’activité par semaine', 'Budget', 'Revenus des missions']),
    );
    expect(titles.indexOf('Heures d’activité par semaine')).toBeLessThan(titles.indexOf('Budget'));
    const markdown = renderMarkdown(summary);
    expect(markdown).toContain('| du 2026\\-11\\-16 au 2026\\-11\\-22 | 4,5 | 15 |');
    expect(markdown).toContain('| novembre 2026 | 50,00\u00a0€ | 98,00\u00a0€ |');
    expect(markdown).toContain('Source\u202f: Loi «\u202fplein emploi\u202f»\u202f; Code du travail');
    expect(markdown).toContain('1 mission sans taux de change est laissée de côté\\.');
    expect(renderHtml(summary)).toContain('<td>novembre 2026</td>');
  });

  it('hides the gig amounts behind the privacy switch and drops the parts left out', () => {
    const duties = dutiesSummary(
      france,
      { today: '2026-11-18', since: '2026-11-01', country: 'FR', language: 'en' },
      t('en'),
    );
    const hidden = renderMarkdown(buildSummary(baseInput({ duties, hideAmounts: true }), wording('en')));
    expect(hidden).toContain('| November 2026 | amount hidden | amount hidden |');
    const without = buildSummary(baseInput({ duties, sections: new Set(['situation']) }), wording('en'));
    expect(renderMarkdown(without)).not.toMatch(/Gig income|Weekly activity hours/);
  });

  it('lists a Texas claimant’s work search on Texas’s fields only, with the rule’s source and the weeks met', () => {
    let claimant = setUsState(emptyClaimantSection(), 'TX');
    for (const day of ['2026-11-15', '2026-11-16', '2026-11-18'])
      claimant = addActivity(claimant, {
        day,
        kind: 'application',
        employer: 'Acme',
        position: 'AI tutor',
        address: '',
        phone: '512 555 0100',
        websiteOrEmail: 'jobs@acme.example',
        contactPerson: 'Dana',
        contactTitle: '',
        method: 'online',
        result: 'Applied',
      });
    const duties = dutiesSummary(
      { gig: emptyGigSection(), claimant, rates: [] },
      { today: '2026-11-18', since: '2026-11-01', country: 'US', language: 'en' },
      t('en'),
    );
    expect(duties.activity).toBeNull();
    expect(duties.gigMonths).toEqual([]);
    // 1–7 and 8–14 November missed; this week (15–21) already met with three applications.
    expect(duties.workSearch).toMatchObject({ state: 'Texas', perWeek: 3, weeksMet: 1, weeks: 3 });
    // The same week with two applications is still in progress: not counted as missed yet.
    const inProgress = dutiesSummary(
      {
        gig: emptyGigSection(),
        claimant: { ...claimant, activities: claimant.activities.slice(0, 2) },
        rates: [],
      },
      { today: '2026-11-18', since: '2026-11-01', country: 'US', language: 'en' },
      t('en'),
    );
    expect(inProgress.workSearch).toMatchObject({ weeksMet: 0, weeks: 2 });
    const markdown = renderMarkdown(buildSummary(baseInput({ duties }), wording('en')));
    expect(markdown).toContain('### Work\\-search log for Texas');
    expect(markdown).toContain('Weeks meeting the rule: 1 of 3\\.');
    expect(markdown).toContain('Source: TWC, 13 Oct 2020');
    expect(markdown).toContain(
      '- Date: November 15th, 2026; Type of activity: Application; Position sought: AI tutor; Contact person: Dana; Website or email: jobs@acme\\.example; Result: Applied',
    );
    // Texas's log does not ask for the employer's phone.
    expect(markdown).not.toContain('512');
    expect(markdown).not.toMatch(/^## Money/m);
  });
});
