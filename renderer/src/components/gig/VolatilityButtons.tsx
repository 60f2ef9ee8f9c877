import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Field } from '../Field';
import { dayIndex } from '../../domain/day-index';
import { NO_WHAT_IF } from '../../domain/budget/budget-plan';
import { wholeNumberFromText } from '../../domain/forms/typed-fields';
import {
  DEFAULT_EMPTY_WEEKS,
  DEFAULT_RATE_CUT_PERCENT,
  VOLATILITY_KINDS,
  volatilityScenario,
  type VolatilityKind,
} from '../../domain/budget/volatility';
import { closeGigWhatIf, showGigWhatIf, useGigWhatIfStore } from '../../state/budget-store';
import { useBudgetView, type BudgetWhatIf } from '../../views/use-budget-view';

const PLAIN: BudgetWhatIf = { ...NO_WHAT_IF, hoursPerWeek: null };
const RATE_CUT = { min: 1, max: 90 };
const EMPTY_WEEKS = { min: 1, max: 4 };

/**
 * Three one-click what-ifs from the gig log (issue 14, point 5): a project ending early, a
 * rate cut, empty-queue weeks. Each opens a scenario beside the Baseline (session only, see
 * budget-store.ts) and says what it does to the runway; the Budget lists it with the others.
 */
export function VolatilityButtons({ platformId = null }: { platformId?: string | null }) {
  const { t } = useTranslation();
  const view = useBudgetView(PLAIN);
  const choices = useGigWhatIfStore((state) => state.choices);
  // Typed as text like every number in the app; a bad figure says why and the default stands.
  const [cutText, setCutText] = useState(String(DEFAULT_RATE_CUT_PERCENT));
  const [weeksText, setWeeksText] = useState(String(DEFAULT_EMPTY_WEEKS));
  const typedCut = wholeNumberFromText(cutText, RATE_CUT);
  const typedWeeks = wholeNumberFromText(weeksText, EMPTY_WEEKS);
  const cut = typedCut ?? DEFAULT_RATE_CUT_PERCENT;
  const weeks = typedWeeks ?? DEFAULT_EMPTY_WEEKS;
  const rangeError = (typed: number | null, range: { min: number; max: number }) =>
    typed === null ? t('errors.numberRange', range) : undefined;
  const titleId = useId();
  const { gigSection, section, currency, today, money, formatters } = view;
  const probe = useMemo(
    () =>
      volatilityScenario(
        { kind: 'project-ends', platformId, rateCutPercent: cut, emptyWeeks: weeks },
        gigSection,
        section,
        currency,
        section.exchangeRates,
        today,
      ),
    [platformId, cut, weeks, gigSection, section, currency, today],
  );
  const platform = gigSection.platforms.find((p) => p.id === probe.platformId);
  const name = (kind: VolatilityKind) => t(`budget.scenarios.names.gig-${kind}`);
  const label = (kind: VolatilityKind) =>
    kind === 'project-ends'
      ? t('budget.gig.volatility.projectEnds')
      : kind === 'rate-cut'
        ? t('budget.gig.volatility.rateCut', { percent: cut })
        : t('budget.gig.volatility.emptyWeeks', { count: weeks });
  const baseline = view.scenarios[0]?.projection;
  const result = (kind: VolatilityKind): string => {
    const shown = view.volatility.find((v) => v.kind === kind);
    const projection = view.scenarios.find((s) => s.id === `gig-${kind}`)?.projection;
    if (!shown || !projection || !baseline) return '';
    const values = { name: name(kind), lost: money(shown.lostMinor) };
    if (shown.plannedMinor === 0)
      return t('budget.gig.volatility.noPlan', { ...values, date: formatters.day(shown.from) });
    if (projection.runwayEnd === baseline.runwayEnd) return t('budget.gig.volatility.resultSame', values);
    if (projection.runwayEnd === null) return t('budget.gig.volatility.resultLasts', values);
    const count =
      baseline.runwayEnd === null ? 0 : dayIndex(baseline.runwayEnd) - dayIndex(projection.runwayEnd);
    return t('budget.gig.volatility.result', {
      ...values,
      date: formatters.day(projection.runwayEnd),
      count,
    });
  };
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('budget.gig.volatility.title')}</h2>
      {probe.averageMinor === 0 || !platform ? (
        <p>{t('budget.gig.volatility.noLog')}</p>
      ) : (
        <>
          <p className="muted-text">
            {t('budget.gig.volatility.hint', { platform: platform.name, average: money(probe.averageMinor) })}
          </p>
          <div className="inline-fields">
            <Field compact label={t('budget.gig.volatility.cutLabel')} error={rangeError(typedCut, RATE_CUT)}>
              <input
                type="text"
                inputMode="numeric"
                value={cutText}
                onChange={(e) => setCutText(e.target.value)}
              />
            </Field>
            <Field
              compact
              label={t('budget.gig.volatility.weeksLabel')}
              error={rangeError(typedWeeks, EMPTY_WEEKS)}
            >
              <input
                type="text"
                inputMode="numeric"
                value={weeksText}
                onChange={(e) => setWeeksText(e.target.value)}
              />
            </Field>
          </div>
          <div className="form-actions">
            {VOLATILITY_KINDS.map((kind) => (
              <button
                key={kind}
                type="button"
                className="button secondary"
                aria-pressed={choices.some((c) => c.kind === kind)}
                onClick={() =>
                  showGigWhatIf({
                    kind,
                    platformId: probe.platformId,
                    rateCutPercent: cut,
                    emptyWeeks: weeks,
                  })
                }
              >
                {label(kind)}
              </button>
            ))}
          </div>
        </>
      )}
      {choices.length > 0 ? (
        <>
          <ul className="plain-list" aria-live="polite">
            {choices.map((choice) => (
              <li key={choice.kind}>
                <span>{result(choice.kind)}</span>{' '}
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() => closeGigWhatIf(choice.kind)}
                >
                  {t('budget.gig.volatility.close', { name: name(choice.kind) })}
                </button>
              </li>
            ))}
          </ul>
          <Link href="/budget">{t('budget.gig.volatility.seeScenarios')}</Link>
        </>
      ) : null}
    </section>
  );
}
