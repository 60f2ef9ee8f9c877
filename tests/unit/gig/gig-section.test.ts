import { describe, expect, it } from 'vitest';
import {
  emptyGigSection,
  GIG_LIMITS,
  gigSectionSchema,
  screeningSchema,
  workEntrySchema,
} from '../../../preload/contract/gig-section';
import { entry, platform, screening } from './gig-builders';

describe('gig section schema', () => {
  it('accepts the empty section and a filled one', () => {
    expect(gigSectionSchema.safeParse(emptyGigSection()).success).toBe(true);
    const filled = {
      platforms: [platform(), platform({ id: 'outlier', name: 'Outlier' })],
      entries: [
        entry({
          paidMinutes: 120,
          unpaidMinutes: { onboarding: 30, assessment: 0, waiting: 15 },
          rate: { amountMinor: 2100, unit: 'hour' },
          paidOn: '2026-11-09',
          payout: { receivedMinor: 4100, feesMinor: 100 },
        }),
        entry({ id: 'e2', platformId: 'outlier', tasks: 12, rate: { amountMinor: 550, unit: 'task' } }),
      ],
      screenings: [screening({ outcome: 'failed', retakeFrom: '2027-01-20', unpaidMinutes: 25 })],
      taxes: emptyGigSection().taxes,
    };
    expect(gigSectionSchema.parse(filled)).toEqual(filled);
  });

  it('refuses a day of more than 24 hours, paid and unpaid together', () => {
    const full = entry({ paidMinutes: 1200, unpaidMinutes: { onboarding: 0, assessment: 0, waiting: 240 } });
    expect(workEntrySchema.safeParse(full).success).toBe(true);
    const over = entry({ paidMinutes: 1200, unpaidMinutes: { onboarding: 1, assessment: 0, waiting: 240 } });
    expect(workEntrySchema.safeParse(over).success).toBe(false);
  });

  it('refuses negative or fractional amounts, unknown units and currencies', () => {
    for (const bad of [
      entry({ paidMinutes: -1 }),
      entry({ rate: { amountMinor: 20.5, unit: 'hour' } }),
      entry({ rate: { amountMinor: GIG_LIMITS.amountMinor + 1, unit: 'project' } }),
      { ...entry(), rate: { amountMinor: 100, unit: 'week' } },
      { ...entry(), currency: 'BTC' },
      entry({ payout: { receivedMinor: -5, feesMinor: 0 } }),
      entry({ day: '2026-02-30' }),
      { ...entry(), extra: true },
    ]) {
      expect(workEntrySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('wants a retake day after the screening', () => {
    expect(screeningSchema.safeParse(screening({ retakeFrom: '2026-10-20' })).success).toBe(false);
    expect(screeningSchema.safeParse(screening({ retakeFrom: '2026-10-21' })).success).toBe(true);
  });

  it('refuses entries and screenings on a platform that is not listed, and repeated ids', () => {
    const orphan = {
      platforms: [platform()],
      entries: [entry({ platformId: 'scale' })],
      screenings: [],
      taxes: emptyGigSection().taxes,
    };
    expect(gigSectionSchema.safeParse(orphan).success).toBe(false);
    const twice = {
      platforms: [platform(), platform()],
      entries: [],
      screenings: [],
      taxes: emptyGigSection().taxes,
    };
    expect(gigSectionSchema.safeParse(twice).success).toBe(false);
    const sameEntry = {
      platforms: [platform()],
      entries: [entry(), entry()],
      screenings: [],
      taxes: emptyGigSection().taxes,
    };
    expect(gigSectionSchema.safeParse(sameEntry).success).toBe(false);
    const lostScreening = {
      platforms: [platform()],
      entries: [],
      screenings: [screening({ platformId: 'x' })],
      taxes: emptyGigSection().taxes,
    };
    expect(gigSectionSchema.safeParse(lostScreening).success).toBe(false);
  });

  it('holds at most the named number of platforms', () => {
    const platforms = Array.from({ length: GIG_LIMITS.platforms + 1 }, (_, i) => platform({ id: `p${i}` }));
    expect(
      gigSectionSchema.safeParse({ platforms, entries: [], screenings: [], taxes: emptyGigSection().taxes })
        .success,
    ).toBe(false);
    expect(
      gigSectionSchema.safeParse({
        platforms: platforms.slice(1),
        entries: [],
        screenings: [],
        taxes: emptyGigSection().taxes,
      }).success,
    ).toBe(true);
  });
});
