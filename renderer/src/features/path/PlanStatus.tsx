import { useTranslation } from 'react-i18next';
import { planStanding } from '../../domain/path/plan-standing';
import { baselineFrom } from '../../domain/path/progress';
import { acceptBaseline } from '../../state/path-store';
import { useFormatters } from '../../components/use-formatters';
import { useSkillsView } from '../../views/use-skills-view';
import type { usePathView } from '../../views/use-path-view';
import { StandingText } from './StandingText';

/** Ready dates per target, and how the user stands against the plan they accepted. */
export function PlanStatus({ view }: { view: ReturnType<typeof usePathView> }) {
  const { t } = useTranslation();
  const { longDay, decimal: hours } = useFormatters();
  const skills = useSkillsView();
  const { schedule, section, progress } = view;
  if (!schedule.ok) {
    return (
      <p className="notice notice-error" role="alert">
        {t(`path.problems.${schedule.problem}`, { ids: schedule.ids.join(', ') })}
      </p>
    );
  }
  const standing =
    section.baseline === null || progress === null ? null : planStanding(section.baseline, progress);
  const accept = () =>
    void acceptBaseline(baselineFrom(schedule.weeks, view.today, view.logged), view.planStart);
  return (
    <section className="card" aria-labelledby="ready-title">
      <h2 id="ready-title">{t('path.ready.title')}</h2>
      <ul className="plain-list">
        {skills.section.targets.map((id) => {
          const name = skills.scoreOf(id)?.domain.name ?? id;
          const date = schedule.readyDates.get(id);
          return (
            <li key={id}>
              {date
                ? t('path.ready.line', { domain: name, date: longDay(date) })
                : t('path.ready.now', { domain: name })}
            </li>
          );
        })}
      </ul>
      {standing === null || section.baseline === null ? (
        <>
          <p className="muted-text">{t('path.baseline.acceptText')}</p>
          <button type="button" className="button secondary" onClick={accept}>
            {t('path.baseline.accept')}
          </button>
        </>
      ) : standing.kind === 'behind' ? (
        <div className="notice notice-warning" role="alert">
          <p>
            {t('path.baseline.behind', {
              hours: hours(standing.behindBy),
              date: longDay(section.baseline.acceptedOn),
            })}
          </p>
          <p>{t('path.baseline.replanText')}</p>
          <button type="button" className="button primary" onClick={accept}>
            {t('path.baseline.replan')}
          </button>
        </div>
      ) : (
        <p>
          {t('path.baseline.accepted', { date: longDay(section.baseline.acceptedOn) })}{' '}
          <StandingText standing={standing} />
        </p>
      )}
    </section>
  );
}
