/**
 * The claimant's side of the counsellor summary (issue 14, point 9), for the summary's period:
 * gig income month by month in the home currency (monthly-actuals.ts), France's weekly activity
 * hours against the contract's target, and a US state's work-search log on the state's own
 * fields. Worded in the export's language by the caller's `t` (sources too: duties.sources);
 * every figure carries its source and date in the blocks (duties-blocks.ts).
 */
import { format, parseISO } from 'date-fns';
import type { TFunction } from 'i18next';
import type { ClaimantSection } from '../../../../preload/contract/claimant-section';
import type { CountryCode, CurrencyCode } from '../../../../preload/contract/document-enums';
import type { GigSection } from '../../../../preload/contract/gig-section';
import type { ExchangeRate } from '../budget/exchange-rates';
import { conventionsFor } from '../countries';
import { formattersFor } from '../formatters';
import { FRANCE_DUTY_PARAMETERS, gigActivity, weeklyActivity } from '../gig/claimant-duties';
import { ruleFor, stateLog } from '../gig/claimant-log';
import { monthlyActuals } from '../gig/monthly-actuals';
import { checkWorkSearchWeeks } from '../gig/us-work-search-check';
import type { GigParameter } from '../gig/tax-parameters';

export interface DutiesSources {
  gig: GigSection;
  claimant: ClaimantSection;
  rates: readonly ExchangeRate[];
}

export interface DutiesSummary {
  currency: CurrencyCode;
  preparedOn: string;
  gigMonths: { label: string; earnedMinor: number; receivedMinor: number }[];
  /** Entries left out of the income for want of an exchange rate. */
  unconverted: number;
  /** France only. */
  activity: {
    /** Hours written in the export's language ("13.5", "13,5"). */
    weeks: { weekStart: string; weekEnd: string; hours: string }[];
    targetHours: string;
    /** The rule's figure, or null when the user typed their contract's. */
    source: GigParameter | null;
  } | null;
  /** A chosen US state only. */
  workSearch: {
    state: string;
    perWeek: number;
    /** The preset's figure, or null when the user typed their letter's. */
    source: GigParameter | null;
    weeksMet: number;
    weeks: number;
    header: string[];
    rows: string[][];
  } | null;
}

/** `since`: the summary's first day (null: everything); `today`: its last. */
export function dutiesSummary(
  sources: DutiesSources,
  context: { today: string; since: string | null; country: CountryCode; language: 'en' | 'fr' },
  t: TFunction,
): DutiesSummary {
  const { gig, claimant, rates } = sources;
  const { today, since, country, language } = context;
  const formatters = formattersFor(language, country);
  const currency = conventionsFor(country).currency;
  const actuals = monthlyActuals(gig, currency, rates);
  const months = actuals.months.filter((m) => since === null || m.month >= since.slice(0, 7));
  const activity = gigActivity(gig);
  const firstDay = [...activity.map((a) => a.day), ...claimant.activities.map((a) => a.day)].sort()[0];
  const from = since ?? (firstDay !== undefined && firstDay < today ? firstDay : today);
  const ownHours = claimant.weeklyActivityHours;
  const rule = ruleFor(claimant);
  const hoursText = (minutes: number) => formatters.decimal(Math.round((minutes / 60) * 100) / 100);
  // The week in progress counts once met; until then it is not yet missed.
  const checks = (rule ? checkWorkSearchWeeks(rule, claimant.activities, from, today) : []).filter(
    (week) => week.weekEnd < today || week.met,
  );
  return {
    currency,
    preparedOn: today,
    gigMonths: months.map((m) => ({
      label: format(parseISO(`${m.month}-01`), 'LLLL yyyy', { locale: formatters.dateLocale }),
      earnedMinor: m.earnedMinor,
      receivedMinor: m.receivedMinor,
    })),
    unconverted: new Set(months.flatMap((m) => m.unconverted)).size,
    activity:
      country === 'FR'
        ? {
            weeks: weeklyActivity(activity, from, today).map(({ weekStart, weekEnd, minutes }) => ({
              weekStart,
              weekEnd,
              hours: hoursText(minutes),
            })),
            targetHours: hoursText(
              ownHours === null ? FRANCE_DUTY_PARAMETERS.weeklyActivityMinutes.value : ownHours * 60,
            ),
            source:
              ownHours === null
                ? {
                    ...FRANCE_DUTY_PARAMETERS.weeklyActivityMinutes,
                    source: t('duties.sources.weeklyActivity'),
                  }
                : null,
          }
        : null,
    workSearch: rule && {
      state: t(`duties.us.states.${rule.state}`),
      perWeek: rule.activitiesPerWeek.value,
      source:
        rule.activitiesPerWeek.source === 'letter'
          ? null
          : { ...rule.activitiesPerWeek, source: t(`duties.sources.${rule.state}`) },
      weeksMet: checks.filter((week) => week.met).length,
      weeks: checks.length,
      ...stateLog(
        rule,
        claimant.activities,
        { from, to: today },
        {
          field: (field) => t(`duties.us.fields.${field}`),
          kind: (kind) => t(`duties.us.kinds.${kind}`),
          day: formatters.longDay,
        },
      ),
    },
  };
}
