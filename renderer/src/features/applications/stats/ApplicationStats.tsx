import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { format, parseISO } from 'date-fns';
import { appliedPerWeek, funnel, responseRate, timeInStage } from '../../../domain/applications/stats';
import { useFormatters } from '../../../components/use-formatters';
import { useToday } from '../../../components/use-today';
import { useApplicationsStore } from '../../../state/applications-store';
import { useStageLabel } from '../use-stage-label';

const FunnelChart = lazy(() => import('./StatsCharts').then((module) => ({ default: module.FunnelChart })));
const WeeklyChart = lazy(() => import('./StatsCharts').then((module) => ({ default: module.WeeklyChart })));

const WEEKS_SHOWN = 8;

/** Funnel, response rate, time in stage and weekly pace: each as a table, with a chart beside. */
export function ApplicationStats() {
  const { t } = useTranslation();
  const { day, decimal, dateLocale, numberLocale } = useFormatters();
  const today = useToday();
  const stageLabel = useStageLabel();
  const section = useApplicationsStore((state) => state.section);
  const stats = useMemo(
    () => ({
      funnel: funnel(section.applications, section.stages),
      response: responseRate(section.applications),
      times: timeInStage(section.applications),
      weeks: appliedPerWeek(section.applications, today, WEEKS_SHOWN, dateLocale),
    }),
    [section, today, dateLocale],
  );
  const percent = new Intl.NumberFormat(numberLocale, { style: 'percent' });
  const { sent, answered } = stats.response;
  return (
    <div className="stats-grid">
      <section className="card" aria-labelledby="stats-funnel">
        <h2 id="stats-funnel">{t('applications.stats.funnel')}</h2>
        <p className="muted-text">{t('applications.stats.funnelHint')}</p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('applications.table.columns.stage')}</th>
              <th scope="col">{t('applications.stats.reached')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.funnel.map((step) => (
              <tr key={step.stageId}>
                <th scope="row">{stageLabel(step.stageId)}</th>
                <td>{step.reached}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Suspense fallback={null}>
          <FunnelChart
            data={stats.funnel.map((step) => ({ name: stageLabel(step.stageId), reached: step.reached }))}
          />
        </Suspense>
      </section>
      <section className="card" aria-labelledby="stats-response">
        <h2 id="stats-response">{t('applications.stats.responseRate')}</h2>
        {sent === 0 ? (
          <p>{t('applications.stats.noneSent')}</p>
        ) : (
          <p>
            <strong className="big-number">{percent.format(answered / sent)}</strong>{' '}
            {t('applications.stats.responseDetail', { answered, sent })}
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="stats-time">
        <h2 id="stats-time">{t('applications.stats.timeInStage')}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('applications.table.columns.stage')}</th>
              <th scope="col">{t('applications.stats.averageDays')}</th>
              <th scope="col">{t('applications.stats.stays')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.times.map((time) => (
              <tr key={time.stageId}>
                <th scope="row">{stageLabel(time.stageId)}</th>
                <td>{decimal(Math.round((time.totalDays * 10) / time.stays) / 10)}</td>
                <td>{time.stays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="stats-weeks">
        <h2 id="stats-weeks">{t('applications.stats.perWeek')}</h2>
        <p>{t('applications.stats.goal', { goal: section.settings.weeklyGoal })}</p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('applications.stats.week')}</th>
              <th scope="col">{t('applications.stats.sent')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{day(week.weekStart)}</th>
                <td>{week.applied}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Suspense fallback={null}>
          <WeeklyChart
            data={stats.weeks.map((w) => ({
              week: format(parseISO(w.weekStart), 'd MMM', { locale: dateLocale }),
              applied: w.applied,
            }))}
            goal={section.settings.weeklyGoal}
          />
        </Suspense>
      </section>
    </div>
  );
}
