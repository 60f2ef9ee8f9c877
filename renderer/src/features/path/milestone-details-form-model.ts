/**
 * A milestone's details as typed (strings in the user's locale) and as saved (ISO days,
 * integer cents, whole hours). The checks take every limit from MILESTONE_LIMITS; messages
 * are i18n keys (see domain/forms/form-message.ts).
 */
import { z } from 'zod';
import {
  MILESTONE_KINDS,
  MILESTONE_LIMITS,
  type Milestone,
  type MilestoneKind,
} from '../../../../preload/contract/path-section';
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import { formMessage } from '../../domain/forms/form-message';
import {
  dayField,
  dayFromText,
  isBlank,
  minorFromText,
  moneyField,
  textField,
  textFromDay,
  textFromMinor,
  wholeNumberField,
  wholeNumberFromText,
  type FormLocales,
} from '../../domain/forms/typed-fields';
import { moneyInputText } from '../../domain/money';

export interface MilestoneDetailsValues {
  title: string;
  kind: MilestoneKind;
  effort: string;
  cost: string;
  paidOn: string;
  link: string;
  notes: string;
  evidence: string;
  /** The milestones this one waits for (ids). */
  after: string[];
}

/** The title and the hours, checked the same way when adding a milestone and editing one. */
export const milestoneTitleField = () => textField(MILESTONE_LIMITS.title, { required: true });
export const effortField = () => wholeNumberField(MILESTONE_LIMITS.effortHours);

export function milestoneDetailsSchema(locales: FormLocales) {
  return z.object({
    title: milestoneTitleField(),
    kind: z.enum(MILESTONE_KINDS),
    effort: effortField(),
    cost: moneyField(locales.numberLocale, {
      max: MILESTONE_LIMITS.costMinor,
      invalid: costMessage(locales.numberLocale),
    }),
    paidOn: dayField(locales.dateLocale),
    link: textField(MILESTONE_LIMITS.link),
    notes: textField(MILESTONE_LIMITS.notes),
    evidence: textField(MILESTONE_LIMITS.evidence),
    after: z.array(z.string()),
  });
}

/** The cost's own wording: an example amount a course might cost, and that it may stay empty. */
export function costMessage(numberLocale: string): string {
  return formMessage('path.edit.costInvalid', { example: moneyInputText(4900, numberLocale) });
}

/** `title` is the one the list shows (the generated wording, translated). */
export function toDetailsValues(
  milestone: Milestone,
  title: string,
  locales: FormLocales,
): MilestoneDetailsValues {
  return {
    title,
    kind: milestone.kind,
    effort: String(milestone.effortHours),
    cost: textFromMinor(milestone.cost?.amountMinor, locales.numberLocale),
    paidOn: textFromDay(milestone.cost?.paidOn, locales.dateLocale),
    link: milestone.link,
    notes: milestone.notes,
    evidence: milestone.evidence,
    after: milestone.prerequisites,
  };
}

/**
 * The change to save, from values the schema accepted. The title, kind, hours and order are
 * sent only when the user changed them, so a generated milestone keeps its translated wording
 * until its own title is edited. A paid-on day without a cost is dropped with the cost.
 */
export function toMilestoneChange(
  values: MilestoneDetailsValues,
  milestone: Milestone,
  title: string,
  currency: CurrencyCode,
  locales: FormLocales,
): Partial<Milestone> {
  const effortHours =
    wholeNumberFromText(values.effort, MILESTONE_LIMITS.effortHours) ?? milestone.effortHours;
  const amountMinor = minorFromText(values.cost, locales.numberLocale);
  return {
    ...(values.title.trim() !== title ? { title: values.title.trim() } : {}),
    ...(values.kind !== milestone.kind ? { kind: values.kind } : {}),
    ...(effortHours !== milestone.effortHours ? { effortHours } : {}),
    ...(values.after.join() !== milestone.prerequisites.join() ? { prerequisites: values.after } : {}),
    cost:
      amountMinor === null || isBlank(values.cost)
        ? null
        : { amountMinor, currency, paidOn: dayFromText(values.paidOn, locales.dateLocale) },
    link: values.link.trim(),
    notes: values.notes.trim(),
    evidence: values.evidence.trim(),
  };
}
