import { describe, expect, it } from 'vitest';
import { applicationSchema } from '../../../preload/contract/applications-section';
import { DEFAULT_STAGES } from '../../../preload/contract/section-defaults';
import {
  scamCheckInput,
  toggleScamSign,
  typedText,
  withScamSigns,
} from '../../../renderer/src/domain/applications/scam-signs';
import type { ReportedPay } from '../../../renderer/src/domain/catalogue/types';
import { checkForScam } from '../../../renderer/src/domain/gig/scam-check';
import { application } from '../../support/applications';

const reported: ReportedPay = {
  minMinor: 2000,
  maxMinor: 4000,
  currency: 'USD',
  unit: 'hour',
  source: 'test',
  reported: '2026-10',
  lowConfidence: false,
};

describe('the signs kept on an application', () => {
  it('keeps each sign once, in the contract’s order, whatever order they were ticked in', () => {
    const kept = withScamSigns(application('a'), ['look-alike-domain', 'fee-asked', 'fee-asked']);
    expect(kept.scamSigns).toEqual(['fee-asked', 'look-alike-domain']);
    expect(applicationSchema.safeParse(kept).success).toBe(true);
  });

  it('ticks and unticks one sign, leaving the others', () => {
    const one = toggleScamSign(application('a'), 'messaging-app', true);
    const two = toggleScamSign(one, 'fee-asked', true);
    expect(two.scamSigns).toEqual(['fee-asked', 'messaging-app']);
    expect(toggleScamSign(two, 'fee-asked', false).scamSigns).toEqual(['messaging-app']);
  });
});

describe('what the detector reads', () => {
  const typed = application('a', {
    source: 'Telegram group',
    link: 'https://mercor-jobs.com/apply',
    notes: 'They want a $50 onboarding fee.',
    contacts: [
      {
        name: 'Sam',
        role: 'Recruiter',
        email: '',
        phone: '',
        notes: 'asked for my passport',
        lastContacted: null,
      },
    ],
  });

  it('joins the source, link, notes and contacts, one a line, skipping empty ones', () => {
    expect(typedText(typed).split('\n')).toEqual([
      'Telegram group',
      'https://mercor-jobs.com/apply',
      'They want a $50 onboarding fee.',
      'Sam',
      'Recruiter',
      'asked for my passport',
    ]);
  });

  it('finds ID asked before a contract, but not once the application is accepted', () => {
    const before = checkForScam(scamCheckInput(typed, DEFAULT_STAGES, null)).map((s) => s.code);
    expect(before).toContain('id-or-bank-early');
    expect(before).toContain('fee-asked');
    const accepted = { ...typed, stageId: 'accepted' };
    expect(checkForScam(scamCheckInput(accepted, DEFAULT_STAGES, null)).map((s) => s.code)).not.toContain(
      'id-or-bank-early',
    );
  });

  it('compares hourly pay with the domain’s reported top only in the same unit and currency', () => {
    // 90 USD an hour against a reported top of 40: more than twice, so a sign.
    const pay = {
      minMinor: 9000,
      maxMinor: null,
      unit: 'hour' as const,
      currency: 'USD' as const,
      unitsPerWeek: null,
    };
    expect(scamCheckInput(application('b', { pay }), DEFAULT_STAGES, reported)).toMatchObject({
      offeredHourlyMinor: 9000,
      reportedMaxHourlyMinor: 4000,
    });
    expect(
      scamCheckInput(application('b', { pay: { ...pay, currency: 'EUR' } }), DEFAULT_STAGES, reported),
    ).toMatchObject({ offeredHourlyMinor: null, reportedMaxHourlyMinor: null });
  });
});
