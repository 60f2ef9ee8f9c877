import { useTranslation } from 'react-i18next';
import type { PlanStanding } from '../../domain/path/plan-standing';
import { useFormatters } from '../../components/use-formatters';

type Standing = Exclude<PlanStanding, { kind: 'behind' }>;

/**
 * The words for a standing that is not behind (behind has its own warning and re-plan button).
 * Counts go to i18next as numbers for the plural; the shown hours are the app's formatted ones.
 */
export function StandingText({ standing }: { standing: Standing }) {
  const { t } = useTranslation();
  const { longDay, decimal: hours } = useFormatters();
  const firstDue = (due: { hours: number; by: string }) =>
    t('path.baseline.firstDue', { count: due.hours, hours: hours(due.hours), date: longDay(due.by) });
  switch (standing.kind) {
    case 'nothing-due':
      return `${t('path.baseline.nothingDue')} ${firstDue(standing.firstDue)}`;
    case 'started-early':
    case 'ahead-early': {
      const key = standing.kind === 'started-early' ? 'startedEarly' : 'aheadEarly';
      const lead = t(`path.baseline.${key}`, { count: standing.logged, logged: hours(standing.logged) });
      return `${lead} ${firstDue(standing.firstDue)}`;
    }
    case 'on-track':
      return t('path.baseline.onTrack', {
        count: standing.logged,
        logged: hours(standing.logged),
        planned: hours(standing.planned),
      });
    case 'ahead':
      return t('path.baseline.ahead', {
        count: standing.logged,
        logged: hours(standing.logged),
        ahead: hours(standing.aheadBy),
        planned: hours(standing.planned),
      });
    case 'nothing-planned':
      return standing.logged === 0
        ? t('path.baseline.nothingPlanned')
        : `${t('path.baseline.nothingPlanned')} ${t('path.baseline.loggedSince', {
            count: standing.logged,
            logged: hours(standing.logged),
          })}`;
  }
}
