import { describe, expect, it } from 'vitest';
import { emptyApplicationsSection } from '../../../preload/contract/applications-section';
import { needsAttention } from '../../../renderer/src/domain/applications/attention';
import { expectedIncomes, monthlyPay } from '../../../renderer/src/domain/applications/offers';
import { application } from '../../support/applications';

const TODAY = '2026-11-21';
const withApps = (...applications: ReturnType<typeof application>[]) => ({
  ...emptyApplicationsSection(),
  applications,
});

describe('what needs attention today', () => {
  it('lists an overdue follow-up, an assessment due this week and a ghost suggestion, oldest first', () => {
    const section = withApps(
      application('chase', {
        stageId: 'applied',
        appliedOn: '2026-11-10',
        history: [{ stageId: 'applied', on: '2026-11-10', note: '' }],
      }),
      application('quiet', {
        stageId: 'applied',
        appliedOn: '2026-10-20',
        history: [{ stageId: 'applied', on: '2026-10-20', note: '' }],
      }),
      application('test', {
        stageId: 'screening',
        appliedOn: '2026-11-19',
        history: [{ stageId: 'screening', on: '2026-11-19', note: '' }],
        assessments: [{ kind: 'Coding test', deadline: '2026-11-24', result: '' }],
      }),
      application('later', { deadline: '2026-12-20' }),
    );
    const items = needsAttention(section, TODAY);
    expect(items.map((item) => [item.kind, item.application.id, item.on, item.overdue])).toEqual([
      ['ghosted', 'quiet', '2026-10-20', true],
      ['follow-up', 'chase', '2026-11-17', true],
      ['assessment', 'test', '2026-11-24', false],
    ]);
  });

  it('leaves finished applications alone', () => {
    const section = withApps(
      application('done', { stageId: 'rejected', appliedOn: '2026-09-01', nextActionDue: '2026-09-10' }),
    );
    expect(needsAttention(section, TODAY)).toEqual([]);
  });
});

describe('offers as new income for the Budget', () => {
  it('converts pay to a monthly amount: hours × 52 weeks ÷ 12, a year ÷ 12, a range at its lower end', () => {
    // 45.00/h × 20 h × 52 / 12 = 3,900.00
    expect(
      monthlyPay({ minMinor: 4500, maxMinor: 6000, unit: 'hour', currency: 'USD', unitsPerWeek: null }, 20),
    ).toBe(390000);
    // 50,000.00 / 12 = 4,166.666… → 4,166.67
    expect(
      monthlyPay(
        { minMinor: 5_000_000, maxMinor: null, unit: 'year', currency: 'EUR', unitsPerWeek: null },
        35,
      ),
    ).toBe(416667);
    expect(
      monthlyPay({ minMinor: 300, maxMinor: null, unit: 'task', currency: 'EUR', unitsPerWeek: null }, 35),
    ).toBeNull();
  });

  it('counts accepted offers as certain and expected ones at their likelihood, never rejected ones', () => {
    const pay = {
      minMinor: 300000,
      maxMinor: null,
      unit: 'month' as const,
      currency: 'EUR' as const,
      unitsPerWeek: null,
    };
    const section = withApps(
      application('won', { stageId: 'accepted', pay, expectedStart: '2027-01-04' }),
      application('maybe', { stageId: 'interview', pay, expectedStart: '2027-02-01', likelihood: 40 }),
      application('lost', { stageId: 'rejected', pay, expectedStart: '2027-02-01', likelihood: 40 }),
      application('none', { stageId: 'interview' }),
    );
    expect(expectedIncomes(section, 35).map((i) => [i.applicationId, i.likelihood, i.monthlyMinor])).toEqual([
      ['won', 100, 300000],
      ['maybe', 40, 300000],
    ]);
  });
});
