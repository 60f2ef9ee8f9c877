/**
 * Warning signs of a recruitment scam, found in what the user typed or pasted about an
 * application (issue 14, point 8; tutor-domains.md "Scams aimed at annotators": messaging-app
 * recruiters, fees up front, look-alike domains, ID or bank details before any contract,
 * "recharge to withdraw"). Offline: text is matched here and never sent anywhere.
 *
 * A sign is a reason to check, not a verdict: each comes with the words that raised it, an
 * explanation key (i18n: gig.scam.<code>) and where to report. Real platforms verify identity
 * inside their own site after an offer (tutor-domains.md: Alignerr's ID check, Handshake's
 * background check), never by chat, and never charge the worker.
 */
import type { CountryCode } from '../../../../preload/contract/document-enums';
import { hostsIn, lookAlikeOf } from './scam-domains';

import type { ScamSignCode } from '../../../../preload/contract/applications-section';

export type { ScamSignCode };

export interface ScamSign {
  code: ScamSignCode;
  /** The words or the address that raised it, as the user typed them. */
  evidence: string;
  explanationKey: `gig.scam.${ScamSignCode}`;
  /** For a look-alike: the platform it imitates and its real domain. */
  imitates?: { brand: string; domain: string };
}

const FEE: readonly RegExp[] = [
  /\b(?:registration|training|onboarding|activation|processing|application|equipment|starter)\s+(?:fee|kit|deposit|payment)s?\b/iu,
  /\b(?:pay|send|transfer|deposit|wire)\b[^.\n]{0,40}?\b(?:fees?|deposit|usdt|bitcoin|btc|crypto\w*|gift ?cards?|\$\s?\d+)/iu,
  /\brecharg\w*/iu,
  /\bgift ?cards?\b/iu,
  /\b(?:buy|purchase)\b[^.\n]{0,30}?\b(?:equipment|laptop|software|kit)\b/iu,
  /\bfrais\s+d['’]?\s?(?:inscription|formation|activation|dossier|équipement)\b/iu,
  /\b(?:payer|verser|régler|envoyer|virer)\b[^.\n]{0,40}?(?:\bfrais\b|\bacompte\b|\bcaution\b|\bdépôt\b|€|\beuros?\b)/iu,
  /\bcartes?[- ]cadeaux?\b/iu,
];

const MESSAGING: readonly RegExp[] = [
  /\b(?:telegram|whats\s?app|wechat)\b/iu,
  /\b(?:t\.me|wa\.me)\//iu,
  // "signal" alone is an ordinary word: only the app, named as a channel.
  /\b(?:on|via|over|sur|par|add me on|contact me on|écrivez-moi sur)\s+signal\b/iu,
  /\bsignal\s+(?:app|messenger|number|numéro)\b/iu,
];

const ID_OR_BANK: readonly RegExp[] = [
  /\bpassport\b/iu,
  /\bdriver['’]?s\s+licen[cs]e\b/iu,
  /\bsocial\s+security\s+(?:number|card)\b/iu,
  /\bssn\b/iu,
  /\bbank\s+(?:account|details|login|card|statement)s?\b/iu,
  /\brouting\s+number\b/iu,
  /\biban\b/iu,
  /\bcredit\s+card\b/iu,
  /\b(?:copy|scan|photo|picture)\s+of\s+(?:your\s+)?(?:id|identity)\b/iu,
  /\bpasseport\b/iu,
  /\b(?:pièce|carte)\s+d['’]\s?identité(?!\p{L})/iu,
  /\bcarte\s+vitale\b/iu,
  /\bnuméro\s+de\s+sécurité\s+sociale\b/iu,
  /\brib\b/iu,
  /\bcoordonnées\s+bancaires\b/iu,
  /\bnuméro\s+de\s+carte\b/iu,
];

/** Our own threshold, labelled as such: twice the top of the domain's reported hourly range. */
export const PAY_TOO_HIGH_FACTOR = 2;

export interface ScamCheckInput {
  /** Everything typed about the application: the posting, messages, recruiter's details, links. */
  text: string;
  /** Whether a contract (or a platform's own onboarding) was signed: ID and bank details come after. */
  contractSigned: boolean;
  /** The offered hourly pay and the top of the domain's reported range, same currency; null when unknown. */
  offeredHourlyMinor: number | null;
  reportedMaxHourlyMinor: number | null;
}

function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return null;
}

const sign = (code: ScamSignCode, evidence: string, imitates?: ScamSign['imitates']): ScamSign => ({
  code,
  evidence,
  explanationKey: `gig.scam.${code}`,
  ...(imitates ? { imitates } : {}),
});

export function checkForScam(input: ScamCheckInput): ScamSign[] {
  const signs: ScamSign[] = [];
  const fee = firstMatch(input.text, FEE);
  if (fee !== null) signs.push(sign('fee-asked', fee));
  const messaging = firstMatch(input.text, MESSAGING);
  if (messaging !== null) signs.push(sign('messaging-app', messaging));
  for (const host of hostsIn(input.text)) {
    const platform = lookAlikeOf(host);
    if (platform)
      signs.push(
        sign('look-alike-domain', host, { brand: platform.brand, domain: platform.domains[0] ?? '' }),
      );
  }
  const identity = input.contractSigned ? null : firstMatch(input.text, ID_OR_BANK);
  if (identity !== null) signs.push(sign('id-or-bank-early', identity));
  const { offeredHourlyMinor: offered, reportedMaxHourlyMinor: max } = input;
  if (offered !== null && max !== null && max > 0 && offered > max * PAY_TOO_HIGH_FACTOR)
    signs.push(sign('pay-too-high', String(offered)));
  return signs;
}

export interface ReportTarget {
  name: string;
  url: string;
}

// Where to report (each service's own site): the FTC for the United States; in France, Pharos
// (internet-signalement.gouv.fr) for illegal content and scams online, and
// cybermalveillance.gouv.fr for help and advice.
export const REPORT_TARGETS: Record<'US' | 'FR', readonly ReportTarget[]> = {
  US: [{ name: 'FTC', url: 'https://reportfraud.ftc.gov' }],
  FR: [
    { name: 'Pharos', url: 'https://www.internet-signalement.gouv.fr' },
    { name: 'Cybermalveillance.gouv.fr', url: 'https://www.cybermalveillance.gouv.fr' },
  ],
};

/** The user's country's services first; both countries' otherwise (the app serves the two). */
export function reportTargetsFor(country: CountryCode): readonly ReportTarget[] {
  if (country === 'US') return REPORT_TARGETS.US;
  if (country === 'FR') return REPORT_TARGETS.FR;
  return [...REPORT_TARGETS.FR, ...REPORT_TARGETS.US];
}
