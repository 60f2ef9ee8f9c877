/**
 * From the planner's sections to the summary's input, worded in the export's language (which
 * may differ from the interface's). Plain functions: the Export screen, the tests and the PDF
 * benchmark all build the same summary from the same data.
 */
import type { TFunction } from 'i18next';
import type { Profile } from '../../../../preload/contract/document';
import type { ApplicationsSection } from '../../../../preload/contract/applications-section';
import type { BudgetSection } from '../../../../preload/contract/budget-section';
import type { PathSection } from '../../../../preload/contract/path-section';
import type { SummarySettings } from '../../../../preload/contract/summary-section';
import { searchLog } from '../applications/search-log';
import { isoMonthsAfter } from '../day-index';
import type { Projection } from '../budget/projection';
import { verdictSentence, verdictTarget, type Verdict } from '../budget/verdict';
import { formattersFor } from '../formatters';
import type { Schedule } from '../path/schedule';
import type { SummaryInput } from './summary';
import { stageLabel } from '../applications/stage-label';
import { milestoneTitle } from '../path/milestone-title';
import type { SkillsView } from '../matching/skills-view';
import { dutiesSummary, type DutiesSources } from './duties-summary';

export interface SummarySources {
  today: string;
  settings: SummarySettings;
  profile: Profile;
  /** Built in the export's language, so domain and skill names are too. */
  skills: SkillsView;
  path: PathSection;
  schedule: Schedule;
  applications: ApplicationsSection;
  budget: { section: BudgetSection; projection: Projection; verdict: Verdict } | null;
  /** The gig log, the claimant's duties and the budget's exchange rates (issue 14). */
  duties?: DutiesSources | null;
}

function targetsOf(skills: SkillsView): SummaryInput['targets'] {
  return skills.section.targets.flatMap((id) => {
    const score = skills.scoreOf(id);
    if (!score) return [];
    return [
      {
        name: score.domain.name,
        fit: score.fit,
        gates: score.blockedBy.map((gate) => gate.label),
        gaps: score.gaps.map((gap) => ({
          skill: skills.nameOf(gap.skillId),
          have: gap.have,
          need: gap.need,
        })),
      },
    ];
  });
}

/**
 * `word` asked once per distinct key: a log of thousands of rows names a handful of stages,
 * statuses and assessment kinds, and a translation call costs far more than a Map lookup.
 */
export function wordedOnce<Key>(word: (key: Key) => string): (key: Key) => string {
  const known = new Map<Key, string>();
  return (key) => {
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = word(key)));
    return text;
  };
}

/**
 * A sentence with one {{name}}-style value, translated once and filled per row: the value
 * (a contact's name) differs on every row, the wording never does.
 */
export function filledTemplate(t: TFunction, key: 'applications.files.contacted'): (name: string) => string {
  const slot = '\u0000';
  const parts = t(key, { name: slot }).split(slot);
  return (name) => parts.join(name);
}

/** Done steps (no dates left to schedule) first, then the rest in scheduled order. */
function planOf(sources: SummarySources, t: TFunction): SummaryInput['plan'] {
  const scheduled = sources.schedule.ok ? sources.schedule.milestones : new Map<string, never>();
  const status = wordedOnce((id: string) => t(`path.statuses.${id as 'done'}`));
  const rows = sources.path.milestones.map((m) => {
    const slot = scheduled.get(m.id);
    return {
      title: milestoneTitle(m, t, sources.skills),
      start: slot?.startDate ?? null,
      end: slot?.endDate ?? null,
      status: status(m.status),
      hours: m.effortHours,
    };
  });
  return rows.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
}

export function summaryInputFrom(sources: SummarySources, t: TFunction): SummaryInput {
  const { settings, profile, skills, schedule, applications } = sources;
  const readyDates = schedule.ok
    ? [...schedule.readyDates].map(([domainId, date]) => ({
        domain: skills.scoreOf(domainId)?.domain.name ?? domainId,
        date,
      }))
    : [];
  const logSince = settings.logMonths === null ? null : isoMonthsAfter(sources.today, -settings.logMonths);
  // The labels are resolved once each, then every row of the log only looks them up.
  const log = searchLog(
    applications.applications,
    {
      stage: wordedOnce((stageId: string) => stageLabel(stageId, applications.stages, t)),
      contacted: filledTemplate(t, 'applications.files.contacted'),
      assessment: wordedOnce((kind: string) => t('applications.files.assessment', { kind })),
    },
    { from: logSince, to: null },
  );
  const budget = sources.budget;
  // The verdict names the day the money runs out, written as the export's language writes it.
  const longDay = formattersFor(skills.language, profile.country).longDay;
  return {
    language: skills.language,
    preparedOn: sources.today,
    sections: new Set(settings.include),
    hideAmounts: settings.hideAmounts,
    person: {
      name: profile.name,
      layoffDate: profile.layoffDate,
      previousRole: profile.previousRole,
      previousEmployer: profile.previousEmployer,
      hoursPerWeek: profile.hoursPerWeek,
      constraints: settings.constraints,
    },
    targets: targetsOf(skills),
    plan: planOf(sources, t),
    readyDates,
    log,
    logSince,
    budget: budget && {
      verdict: verdictSentence(budget.verdict, t, longDay),
      target: verdictTarget(budget.verdict),
      runwayEnd: budget.projection.runwayEnd,
      lowestMinor: budget.projection.lowest.balanceMinor,
      burnMinor: budget.projection.burnMinor,
      benefits: budget.section.benefits && {
        amountMinor: budget.section.benefits.amountMinor,
        period: budget.section.benefits.period,
      },
    },
    note: settings.note,
    duties:
      sources.duties &&
      dutiesSummary(
        sources.duties,
        { today: sources.today, since: logSince, country: profile.country, language: skills.language },
        t,
      ),
  };
}
