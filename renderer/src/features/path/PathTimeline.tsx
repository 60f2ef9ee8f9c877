import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../components/use-formatters';
import { usePageRows } from '../../components/use-page-virtualizer';
import type { usePathView } from '../../views/use-path-view';
import { useMilestoneTitles } from '../../views/use-milestone-titles';

const WEEKS_SHOWN = 16;
// One line of text in a bordered cell.
const ROW_HEIGHT = 31;

/**
 * A Gantt-like view as a real table: a row per milestone, a column per week, each cell
 * saying whether the milestone runs that week. Readable by screen readers and in both themes.
 * With hundreds of milestones only the rows near the window are in the page (space above and
 * below keeps the table's height; aria-rowcount and aria-rowindex keep the count right).
 */
export function PathTimeline({ view }: { view: ReturnType<typeof usePathView> }) {
  const { t } = useTranslation();
  const { day } = useFormatters();
  const displayTitle = useMilestoneTitles();
  const scheduled = view.schedule.ok ? view.schedule.milestones : null;
  const rows = scheduled ? view.section.milestones.filter((m) => scheduled.has(m.id)) : [];
  const body = useRef<HTMLTableSectionElement>(null);
  const page = usePageRows(body, { count: rows.length, estimateSize: ROW_HEIGHT });
  if (!view.schedule.ok) return null;
  const { milestones, weeks } = view.schedule;
  const shown = weeks.slice(0, WEEKS_SHOWN);
  const spacer = (height: number) =>
    height > 0 ? (
      <tr aria-hidden="true" style={{ height }}>
        <td colSpan={shown.length + 1} />
      </tr>
    ) : null;
  return (
    <section>
      <h2 id="timeline-title">{t('path.timeline.title')}</h2>
      {/* A scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="timeline-scroll" tabIndex={0} role="region" aria-labelledby="timeline-title">
        <table className="timeline" aria-rowcount={page.virtual ? rows.length + 1 : undefined}>
          <caption>{t('path.timeline.caption', { count: shown.length })}</caption>
          <thead>
            <tr aria-rowindex={page.virtual ? 1 : undefined}>
              <th scope="col">{t('path.timeline.milestone')}</th>
              {shown.map((week) => (
                <th
                  key={week.weekStart}
                  scope="col"
                  abbr={t('path.timeline.week', { date: day(week.weekStart) })}
                >
                  {day(week.weekStart).slice(0, 5)}
                  {week.capacityHours === 0 ? (
                    <span className="timeline-off"> {t('path.timeline.off')}</span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body}>
            {spacer(page.before)}
            {page.indices.map((index) => {
              const milestone = rows[index];
              if (!milestone) return null;
              const slot = milestones.get(milestone.id);
              return (
                <tr
                  key={milestone.id}
                  ref={page.measure}
                  data-index={index}
                  aria-rowindex={page.virtual ? index + 2 : undefined}
                >
                  <th scope="row">{displayTitle(milestone)}</th>
                  {shown.map((week, index) => {
                    const active = slot !== undefined && index >= slot.startWeek && index <= slot.endWeek;
                    return (
                      <td
                        key={week.weekStart}
                        className={active ? `active kind-${milestone.kind}` : undefined}
                      >
                        {active ? '■' : ''}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {spacer(page.after)}
          </tbody>
        </table>
      </div>
    </section>
  );
}
