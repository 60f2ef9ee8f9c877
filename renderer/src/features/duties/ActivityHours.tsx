import { useTranslation } from 'react-i18next';
import { ScrollArea } from '../../components/ScrollArea';
import { useFormatters } from '../../components/use-formatters';
import { FRANCE_DUTY_PARAMETERS } from '../../domain/gig/claimant-duties';
import { setWeeklyActivityHours } from '../../domain/gig/claimant-log';
import { updateClaimant } from '../../state/claimant-store';
import { hoursOf, type DutiesView } from '../../views/use-duties-view';
import { OverrideForm } from './OverrideForm';
import { SourceLine } from './SourceLine';

const RULE_HOURS = FRANCE_DUTY_PARAMETERS.weeklyActivityMinutes.value / 60;

/** France: each recent week's activity hours (gig work and screenings) against the contract's target. */
export function ActivityHours({ view }: { view: DutiesView }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const hours = (minutes: number) => t('duties.hours', { hours: formatters.decimal(hoursOf(minutes)) });
  const own = view.claimant.weeklyActivityHours;
  return (
    <section className="card" aria-labelledby="duties-activity">
      <h2 id="duties-activity">{t('duties.france.activity.title')}</h2>
      <p>{t('duties.france.activity.intro')}</p>
      {own === null ? (
        <SourceLine
          source={t('duties.sources.weeklyActivity')}
          parameter={FRANCE_DUTY_PARAMETERS.weeklyActivityMinutes}
        />
      ) : (
        <p>{t('duties.france.activity.ownTarget', { hours: own })}</p>
      )}
      <ScrollArea className="table-scroll" label={t('duties.france.activity.caption')}>
        <table className="data-table">
          <caption>{t('duties.france.activity.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('duties.france.activity.week')}</th>
              <th scope="col">{t('duties.france.activity.done')}</th>
              <th scope="col">{t('duties.france.activity.target')}</th>
              <th scope="col">{t('duties.france.activity.status')}</th>
            </tr>
          </thead>
          <tbody>
            {view.activityWeeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">
                  {t('duties.france.activity.range', {
                    from: formatters.day(week.weekStart),
                    to: formatters.day(week.weekEnd),
                  })}
                </th>
                <td>{hours(week.minutes)}</td>
                <td>{hours(week.targetMinutes)}</td>
                <td>
                  {week.met
                    ? `✓ ${t('duties.france.activity.met')}`
                    : t('duties.france.activity.short', {
                        hours: formatters.decimal(hoursOf(week.shortByMinutes)),
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <OverrideForm
        kind="weeklyActivityHours"
        current={own}
        label={t('duties.france.activity.targetLabel')}
        hint={t('duties.france.activity.targetHint', { hours: RULE_HOURS })}
        submit={t('duties.france.activity.saveTarget')}
        saved={t('duties.france.activity.targetSaved')}
        onSave={(value) => updateClaimant((section) => setWeeklyActivityHours(section, value))}
      />
    </section>
  );
}
