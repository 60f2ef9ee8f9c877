/**
 * The counsellor summary of a whole document, built under Node with the same functions the
 * Export screen uses (sources → input → blocks → HTML). For the PDF benchmark and tests.
 */
import { testI18n } from './test-i18n';
import type { TFunction } from 'i18next';
import type { Language, PlannerDocument } from '../../preload/contract/document';
import { formattersFor } from '../../renderer/src/domain/formatters';
import { expectedIncomes } from '../../renderer/src/domain/applications/offers';
import { buildBudget } from '../../renderer/src/domain/budget/budget-plan';
import { readinessVerdict } from '../../renderer/src/domain/budget/verdict';
import { conventionsFor } from '../../renderer/src/domain/countries';
import { buildSummary, type SummaryWording } from '../../renderer/src/domain/export/summary';
import { renderHtml } from '../../renderer/src/domain/export/render-html';
import { earliestReadyDate, scheduleFor } from '../../renderer/src/domain/path/plan-schedule';
import { summaryInputFrom } from '../../renderer/src/domain/export/summary-sources';
import { skillsView } from '../../renderer/src/domain/matching/skills-view';

export function summaryOf(document: PlannerDocument, language: Language, today: string) {
  const t: TFunction = testI18n.getFixedT(language);
  const { country, hoursPerWeek } = document.profile;
  const { currency, paper } = conventionsFor(country);
  const formatters = formattersFor(language, country);
  const schedule = scheduleFor(document.path, hoursPerWeek, today, 1);
  const [baseline] = buildBudget({
    section: document.budget,
    offers: expectedIncomes(document.applications, hoursPerWeek, {
      home: currency,
      rates: document.budget.exchangeRates,
    }),
    currency,
    pathCosts: [],
    start: today,
  });
  const projection = baseline?.projection;
  const readyDate = earliestReadyDate(schedule, document.path, today);
  const input = summaryInputFrom(
    {
      today,
      settings: { ...document.summary, language },
      profile: document.profile,
      skills: skillsView(document.skills, language),
      path: document.path,
      schedule,
      applications: document.applications,
      budget: projection
        ? {
            section: document.budget,
            projection,
            verdict: readinessVerdict(projection, readyDate, document.budget.weeksFromReadyToPay),
          }
        : null,
    },
    t,
  );
  const summary = buildSummary(input, {
    // The summary builds its keys from its parts' names, so it takes t untyped. Only the Node
    // type-check, which lacks the renderer's typed resources, needs the cast.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    t: t as unknown as SummaryWording['t'],
    day: formatters.longDay,
    money: (minor) => formatters.money(minor, currency),
  });
  return { input, summary, html: renderHtml(summary), paper };
}
