/**
 * The claimant's blocks of the counsellor summary: France's activity hours and a US state's
 * work-search log go inside the "log" part, gig income inside "money" (so no new part, and
 * no change to the saved settings). Each figure names its source and date.
 */
import type { Block } from './blocks';
import type { DutiesSummary } from './duties-summary';
import type { SummaryWording } from './summary';

function sourceLine(
  w: SummaryWording,
  source: { source: string; checkedOn: string } | null,
  own: string,
): string {
  return source ? w.t('export.duties.source', { source: source.source, date: w.day(source.checkedOn) }) : own;
}

/** France's weekly activity hours, then a US state's log on its own fields. */
export function dutiesLogBlocks(duties: DutiesSummary, w: SummaryWording): Block[] {
  const { t, day } = w;
  const blocks: Block[] = [];
  const activity = duties.activity;
  if (activity) {
    blocks.push(
      { kind: 'heading', level: 3, text: t('export.duties.activityTitle') },
      {
        kind: 'paragraph',
        text: `${t('export.duties.activityTarget', { hours: activity.targetHours })} ${sourceLine(
          w,
          activity.source,
          t('export.duties.activityOwn'),
        )}`,
      },
      {
        kind: 'table',
        columns: 'gaps',
        caption: t('export.duties.activityCaption', { date: day(duties.preparedOn) }),
        header: [t('export.duties.week'), t('export.duties.hours'), t('export.duties.target')],
        rows: activity.weeks.map((week) => [
          t('export.duties.weekRange', { from: day(week.weekStart), to: day(week.weekEnd) }),
          week.hours,
          activity.targetHours,
        ]),
      },
    );
  }
  const search = duties.workSearch;
  if (search) {
    blocks.push(
      { kind: 'heading', level: 3, text: t('export.duties.workSearchTitle', { state: search.state }) },
      {
        kind: 'paragraph',
        text: `${t('export.duties.workSearchRule', { count: search.perWeek })} ${sourceLine(
          w,
          search.source,
          t('export.duties.workSearchOwn'),
        )} ${t('export.duties.weeksMet', { met: search.weeksMet, count: search.weeks })}`,
      },
    );
    // A list, not a table: states ask for up to nine fields, more than a page's columns hold.
    blocks.push(
      search.rows.length === 0
        ? { kind: 'paragraph', text: t('export.duties.workSearchNone') }
        : {
            kind: 'list',
            items: search.rows.map((row) =>
              row
                .map((cell, index) =>
                  cell
                    ? t('export.duties.fieldValue', { field: search.header[index] ?? '', value: cell })
                    : '',
                )
                .filter((text) => text !== '')
                .join(t('export.duties.fieldSeparator')),
            ),
          },
    );
  }
  return blocks;
}

/** Gig income month by month, home currency; amounts hidden behind the privacy switch. */
export function gigIncomeBlocks(
  duties: DutiesSummary,
  w: SummaryWording,
  money: (minor: number) => string,
): Block[] {
  if (duties.gigMonths.length === 0) return [];
  const { t } = w;
  return [
    { kind: 'heading', level: 3, text: t('export.duties.gigTitle') },
    {
      kind: 'table',
      columns: 'gaps',
      caption: t('export.duties.gigCaption', { currency: duties.currency }),
      header: [t('export.duties.month'), t('export.duties.earned'), t('export.duties.received')],
      rows: duties.gigMonths.map((m) => [m.label, money(m.earnedMinor), money(m.receivedMinor)]),
    },
    {
      kind: 'paragraph',
      text: [
        t('export.duties.gigSource', { date: w.day(duties.preparedOn) }),
        ...(duties.unconverted > 0 ? [t('export.duties.gigUnconverted', { count: duties.unconverted })] : []),
      ].join(' '),
    },
  ];
}
