import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePathView } from '../../views/use-path-view';
import { useMilestoneTitles } from '../../views/use-milestone-titles';

/** What the plan has for this week, once there is a plan. */
export function ThisWeekCard() {
  const { t } = useTranslation();
  const view = usePathView();
  const displayTitle = useMilestoneTitles();
  if (view.section.milestones.length === 0 || !view.schedule.ok) return null;
  const { milestones } = view.schedule;
  const current = view.section.milestones.filter((milestone) => {
    const slot = milestones.get(milestone.id);
    return slot !== undefined && slot.startWeek === 0;
  });
  return (
    <section className="card" aria-labelledby="today-this-week">
      <h2 id="today-this-week">{t('path.thisWeek.title')}</h2>
      {current.length === 0 ? (
        <p>{t('path.thisWeek.none')}</p>
      ) : (
        <ul className="plain-list">
          {current.map((milestone) => (
            <li key={milestone.id}>
              <Link href="/path">{displayTitle(milestone)}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
