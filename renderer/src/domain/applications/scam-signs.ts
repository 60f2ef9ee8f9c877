/**
 * The scam check on one application (issue 14, point 8): the signs the user keeps, and what
 * the offline detector (domain/gig/scam-check.ts) reads. Pure: nothing here leaves the computer.
 */
import type { Application, Stage } from '../../../../preload/contract/applications-section';
import { SCAM_SIGN_CODES, type ScamSignCode } from '../../../../preload/contract/document-enums';
import type { ReportedPay } from '../catalogue/types';
import type { ScamCheckInput } from '../gig/scam-check';

/** The kept signs, each once, in the contract's order (so a saved file reads the same way). */
export function withScamSigns(application: Application, signs: readonly ScamSignCode[]): Application {
  const kept = new Set(signs);
  return { ...application, scamSigns: SCAM_SIGN_CODES.filter((code) => kept.has(code)) };
}

export function toggleScamSign(application: Application, code: ScamSignCode, on: boolean): Application {
  const others = application.scamSigns.filter((sign) => sign !== code);
  return withScamSigns(application, on ? [...others, code] : others);
}

/**
 * Everything the user typed about the application, one piece a line: where it was found, the
 * link, the notes, the next action, each contact's details and notes, the history's notes.
 */
export function typedText(application: Application): string {
  return [
    application.source,
    application.link,
    application.notes,
    application.nextAction,
    ...application.contacts.flatMap((c) => [c.name, c.role, c.email, c.phone, c.notes]),
    ...application.history.map((h) => h.note),
  ]
    .filter((text) => text.trim() !== '')
    .join('\n');
}

/**
 * The detector's input. A contract counts as signed once the application reached a "won"
 * stage (Accepted): ID and bank details asked for after that are normal. Pay is compared
 * with the domain's reported range only when both are hourly and in the same currency.
 */
export function scamCheckInput(
  application: Application,
  stages: readonly Stage[],
  reported: ReportedPay | null,
): ScamCheckInput {
  const stage = stages.find((s) => s.id === application.stageId);
  const pay = application.pay;
  const comparable =
    pay !== null &&
    reported !== null &&
    pay.unit === 'hour' &&
    reported.unit === 'hour' &&
    pay.currency === reported.currency;
  return {
    text: typedText(application),
    contractSigned: stage?.kind === 'won',
    offeredHourlyMinor: comparable ? (pay.maxMinor ?? pay.minMinor) : null,
    reportedMaxHourlyMinor: comparable ? (reported.maxMinor ?? reported.minMinor) : null,
  };
}
