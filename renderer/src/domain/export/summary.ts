/**
 * The counsellor summary, as blocks, from data already worked out by the other sections.
 * Laid out the way France Travail's contrat d'engagement and a WIOA Individual Employment
 * Plan ask: the situation, goals, barriers and how to get past them, dated actions, weekly
 * hours, the search log and the money. Wording comes from the export language's `t`;
 * amounts can be hidden (the privacy switch), dates and amounts are pre-formatted.
 */
import type { LogEntry } from '../applications/search-log';
import type { Block, SummaryDocument } from './blocks';
import { dutiesLogBlocks, gigIncomeBlocks } from './duties-blocks';
import type { DutiesSummary } from './duties-summary';

import type { SummarySection } from '../../../../preload/contract/summary-section';

export { SUMMARY_SECTIONS, type SummarySection } from '../../../../preload/contract/summary-section';

export interface SummaryInput {
  language: 'en' | 'fr';
  preparedOn: string;
  sections: ReadonlySet<SummarySection>;
  hideAmounts: boolean;
  person: {
    name: string;
    layoffDate: string | null;
    previousRole: string;
    previousEmployer: string;
    hoursPerWeek: number;
    constraints: string;
  };
  targets: {
    name: string;
    fit: number;
    gates: string[];
    gaps: { skill: string; have: number; need: number }[];
  }[];
  plan: { title: string; start: string | null; end: string | null; status: string; hours: number }[];
  readyDates: { domain: string; date: string }[];
  log: LogEntry[];
  /** The first day the log covers, or null for all of it. */
  logSince: string | null;
  budget: {
    verdict: string;
    /** With no job or counted offer: the first pay the user aims for. A target, not income. */
    target?: { date: string; weeksAfterReady: number } | null;
    runwayEnd: string | null;
    lowestMinor: number;
    burnMinor: number;
    benefits: { amountMinor: number; period: 'month' | 'week' } | null;
  } | null;
  note: string;
  /** Gig income (in "budget"), activity hours and a state's work-search log (in "log"). */
  duties?: DutiesSummary | null;
}

export interface SummaryWording {
  t: (key: string, values?: Record<string, string | number>) => string;
  day: (iso: string) => string;
  money: (minor: number) => string;
}

export function buildSummary(input: SummaryInput, w: SummaryWording): SummaryDocument {
  const { t, day } = w;
  const money = (minor: number) => (input.hideAmounts ? t('export.hidden') : w.money(minor));
  const has = (section: SummarySection) => input.sections.has(section);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t('export.title', { name: input.person.name || t('export.noName') }) },
    { kind: 'paragraph', text: t('export.preparedOn', { date: day(input.preparedOn) }) },
  ];
  if (has('situation')) {
    const p = input.person;
    blocks.push(
      { kind: 'heading', level: 2, text: t('export.situation.title') },
      {
        kind: 'list',
        items: [
          p.layoffDate
            ? t('export.situation.layoff', { date: day(p.layoffDate) })
            : t('export.situation.noLayoff'),
          t('export.situation.previous', {
            role: p.previousRole || '—',
            employer: p.previousEmployer || '—',
          }),
          t('export.situation.hours', { hours: p.hoursPerWeek }),
          ...(p.constraints.trim()
            ? [t('export.situation.constraints', { text: p.constraints.trim() })]
            : []),
        ],
      },
    );
  }
  if (has('targets')) {
    blocks.push({ kind: 'heading', level: 2, text: t('export.targets.title') });
    if (input.targets.length === 0) blocks.push({ kind: 'paragraph', text: t('export.targets.none') });
    for (const target of input.targets) {
      blocks.push(
        {
          kind: 'heading',
          level: 3,
          text: t('export.targets.goal', { domain: target.name, fit: target.fit }),
        },
        {
          kind: 'list',
          items:
            target.gates.length === 0
              ? [t('export.targets.noBarrier')]
              : target.gates.map((gate) => t('export.targets.barrier', { gate })),
        },
      );
      if (target.gaps.length > 0) {
        blocks.push({
          kind: 'table',
          columns: 'gaps',
          caption: t('export.targets.gaps'),
          header: [t('export.targets.skill'), t('export.targets.have'), t('export.targets.need')],
          rows: target.gaps.map((gap) => [gap.skill, String(gap.have), String(gap.need)]),
        });
      }
    }
  }
  if (has('plan')) {
    blocks.push(
      { kind: 'heading', level: 2, text: t('export.plan.title') },
      { kind: 'paragraph', text: t('export.plan.hours', { hours: input.person.hoursPerWeek }) },
      {
        kind: 'list',
        items: input.readyDates.map((ready) =>
          t('export.plan.ready', { domain: ready.domain, date: day(ready.date) }),
        ),
      },
      {
        kind: 'table',
        columns: 'plan',
        caption: t('export.plan.actions'),
        header: [
          t('export.plan.action'),
          t('export.plan.from'),
          t('export.plan.to'),
          t('export.plan.hoursColumn'),
          t('export.plan.status'),
        ],
        rows: input.plan.map((m) => [
          m.title,
          m.start ? day(m.start) : '—',
          m.end ? day(m.end) : '—',
          String(m.hours),
          m.status,
        ]),
      },
    );
  }
  if (has('log')) {
    blocks.push(
      { kind: 'heading', level: 2, text: t('export.log.title') },
      {
        kind: 'table',
        columns: 'log',
        caption: input.logSince
          ? t('export.log.captionSince', { count: input.log.length, date: day(input.logSince) })
          : t('export.log.caption', { count: input.log.length }),
        header: ['date', 'organisation', 'role', 'contact', 'action', 'outcome'].map((column) =>
          t(`export.log.${column}`),
        ),
        rows: input.log.map((e) => [day(e.on), e.organisation, e.role, e.contact, e.action, e.outcome]),
      },
      ...(input.duties ? dutiesLogBlocks(input.duties, w) : []),
    );
  }
  const gigIncome = input.duties ? gigIncomeBlocks(input.duties, w, money) : [];
  if (has('budget') && !input.budget && gigIncome.length > 0)
    blocks.push({ kind: 'heading', level: 2, text: t('export.budget.title') }, ...gigIncome);
  if (has('budget') && input.budget) {
    const b = input.budget;
    blocks.push(
      { kind: 'heading', level: 2, text: t('export.budget.title') },
      {
        kind: 'list',
        items: [
          b.verdict,
          b.runwayEnd ? t('export.budget.runwayEnd', { date: day(b.runwayEnd) }) : t('export.budget.lasts'),
          ...(b.target
            ? [t('export.budget.target', { date: day(b.target.date), count: b.target.weeksAfterReady })]
            : []),
          t('export.budget.burn', { amount: money(b.burnMinor) }),
          t('export.budget.lowest', { amount: money(b.lowestMinor) }),
          ...(b.benefits
            ? [
                input.hideAmounts
                  ? t(`export.budget.benefitsHidden.${b.benefits.period}`)
                  : t(`export.budget.benefits.${b.benefits.period}`, {
                      amount: money(b.benefits.amountMinor),
                    }),
              ]
            : []),
        ],
      },
      ...gigIncome,
    );
  }
  if (has('note') && input.note.trim()) {
    blocks.push(
      { kind: 'heading', level: 2, text: t('export.note') },
      { kind: 'paragraph', text: input.note.trim() },
    );
  }
  return {
    title: t('export.title', { name: input.person.name || t('export.noName') }),
    language: input.language,
    blocks,
  };
}
