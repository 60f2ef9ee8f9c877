import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../components/use-formatters';
import type { usePathView } from '../../views/use-path-view';
import { useMilestoneTitles } from '../../views/use-milestone-titles';

const WEEKS_SHOWN = 16;

/**
 * A Gantt-like view as a real table: a row per milestone, a column per week, each cell
 * saying whether the milestone runs that week. Readable by screen readers and in both themes.
 */
export function PathTimeline({ view }: { view: ReturnType<typeof usePathView> }) {
  const { t } = useTranslation();
  const { day } = useFormatters();
  const displayTitle = useMilestoneTitles();
  if (!view.schedule.ok) return null;
  const { milestones, weeks } = view.schedule;
  const shown = weeks.slice(0, WEEKS_SHOWN);
  const rows = view.section.milestones.filter((m) => milestones.has(m.id));
  return (
    <section>
      <h2 id="timeline-title">{t('path.timeline.title')}</h2>
      {/* A scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="timeline-scroll" tabIndex={0} role="region" aria-labelledby="timeline-title">
        <table className="timeline">
          <caption>{t('path.timeline.caption', { count: shown.length })}</caption>
          <thead>
            <tr>
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
          <tbody>
            {rows.map((milestone) => {
              const slot = milestones.get(milestone.id);
              return (
                <tr key={milestone.id}>
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
          </tbody>
        </table>
      </div>
    </section>
  );
}
