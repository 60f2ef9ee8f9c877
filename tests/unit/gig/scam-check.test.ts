import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  checkForScam,
  reportTargetsFor,
  type ScamCheckInput,
} from '../../../renderer/src/domain/gig/scam-check';
import { hostsIn, KNOWN_PLATFORMS, lookAlikeOf } from '../../../renderer/src/domain/gig/scam-domains';

const check = (text: string, overrides: Partial<ScamCheckInput> = {}) =>
  checkForScam({
    text,
    contractSigned: false,
    offeredHourlyMinor: null,
    reportedMaxHourlyMinor: null,
    ...overrides,
  });
const codes = (text: string, overrides: Partial<ScamCheckInput> = {}) =>
  check(text, overrides).map((s) => s.code);

describe('scam check', () => {
  it('finds a fee asked up front, in English and in French', () => {
    expect(check('You must pay a $50 registration fee to start.')).toEqual([
      { code: 'fee-asked', evidence: 'registration fee', explanationKey: 'gig.scam.fee-asked' },
    ]);
    expect(check("Il faut payer des frais d'inscription de 30 €.")[0]?.evidence).toBe("frais d'inscription");
    expect(codes('Recharge your account with USDT to withdraw your earnings')).toEqual(['fee-asked']);
    expect(codes('Veuillez régler une caution de 50 euros')).toEqual(['fee-asked']);
  });

  it('finds a recruiter on a messaging app, but not the word "signal"', () => {
    expect(check('Contact our recruiter on Telegram @mercor_hr')[0]).toMatchObject({
      code: 'messaging-app',
      evidence: 'Telegram',
    });
    expect(codes('Écrivez-moi sur WhatsApp')).toEqual(['messaging-app']);
    expect(codes('Add me on Signal for the next steps')).toEqual(['messaging-app']);
    expect(codes('Strong signal processing background; signal-to-noise ratio')).toEqual([]);
  });

  it('finds look-alike addresses of the platforms and names the real one', () => {
    expect(check('Apply at https://merc0r.com/apply')).toEqual([
      {
        code: 'look-alike-domain',
        evidence: 'merc0r.com',
        explanationKey: 'gig.scam.look-alike-domain',
        imitates: { brand: 'mercor', domain: 'mercor.com' },
      },
    ]);
    for (const host of [
      'mercor-careers.com',
      'outlier-ai.net',
      'jobs.dataannotatlon.tech',
      'scale-ai-jobs.com',
      'mercor.com.verify-pay.io',
      'alignerr.co',
      'mеrcor.com', // a Cyrillic е
      'prolifc.com',
      'joinhandshake.co',
      'outleir.ai',
    ]) {
      expect(lookAlikeOf(host)?.brand, host).toBeDefined();
    }
    expect(lookAlikeOf('upscale.com')).toBeNull();
    expect(lookAlikeOf('computing.org')).toBeNull();
    expect(codes('Write to hr@mercor-talent.org')).toEqual(['look-alike-domain']);
  });

  it('reads addresses out of free text, leaving numbers and abbreviations alone', () => {
    expect(hostsIn('See https://app.mercor.com/jobs?id=3, e.g. rates of 1.5 and www.outlier.ai.')).toEqual([
      'app.mercor.com',
      'www.outlier.ai',
    ]);
  });

  it('flags ID or bank details asked before a contract, not after', () => {
    const text = 'Send a photo of your passport and your bank account details today.';
    expect(check(text)[0]).toMatchObject({ code: 'id-or-bank-early', evidence: 'passport' });
    expect(codes(text, { contractSigned: true })).toEqual([]);
    expect(codes("Envoyez une copie de votre pièce d'identité et votre RIB")).toEqual(['id-or-bank-early']);
  });

  it("flags pay above twice the top of the domain's reported range", () => {
    expect(codes('', { offeredHourlyMinor: 40000, reportedMaxHourlyMinor: 15000 })).toEqual(['pay-too-high']);
    expect(codes('', { offeredHourlyMinor: 30000, reportedMaxHourlyMinor: 15000 })).toEqual([]);
    expect(codes('', { offeredHourlyMinor: 30000, reportedMaxHourlyMinor: null })).toEqual([]);
  });

  it('finds nothing in an ordinary posting', () => {
    const posting =
      'Mercor is hiring finance experts at $90/h. Apply on https://work.mercor.com/jobs/123; the AI interview takes 20 minutes. Paid weekly through Stripe.';
    expect(check(posting, { offeredHourlyMinor: 9000, reportedMaxHourlyMinor: 20000 })).toEqual([]);
  });

  it('says where to report, by country', () => {
    expect(reportTargetsFor('US').map((t) => t.url)).toEqual(['https://reportfraud.ftc.gov']);
    expect(reportTargetsFor('FR').map((t) => t.url)).toEqual([
      'https://www.internet-signalement.gouv.fr',
      'https://www.cybermalveillance.gouv.fr',
    ]);
    expect(reportTargetsFor('BE')).toHaveLength(3);
  });
});

const officialDomains = KNOWN_PLATFORMS.flatMap((p) => p.domains);
const officialUrl = fc
  .record({
    domain: fc.constantFrom(...officialDomains),
    sub: fc.array(fc.stringMatching(/^[a-z0-9]{1,10}$/), { maxLength: 2 }),
    scheme: fc.constantFrom('', 'http://', 'https://'),
    path: fc.constantFrom('', '/', '/jobs/42', '?ref=mail'),
    upper: fc.boolean(),
    email: fc.boolean(),
  })
  .map(({ domain, sub, scheme, path, upper, email }) => {
    const host = [...sub, domain].join('.');
    const text = email ? `careers@${host}` : `${scheme}${host}${path}`;
    return upper ? text.toUpperCase() : text;
  });

describe('properties', () => {
  test.prop([fc.array(officialUrl, { minLength: 1, maxLength: 5 })])(
    'the platforms’ own addresses are never look-alikes',
    (urls) => {
      const text = `Apply here: ${urls.join(' or ')}.`;
      expect(codes(text).filter((code) => code === 'look-alike-domain')).toEqual([]);
    },
  );
});
