import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAIMANT_LIMITS } from '../../../../preload/contract/claimant-section';
import { useFormatters } from '../../components/use-formatters';
import { textFromDay } from '../../domain/forms/typed-fields';
import {
  addActivity,
  removeActivity,
  roomForActivities,
  updateActivity,
} from '../../domain/gig/claimant-log';
import type { WorkSearchRule } from '../../domain/gig/us-work-search-presets';
import { updateClaimant } from '../../state/claimant-store';
import type { DutiesView } from '../../views/use-duties-view';
import { blankWorkSearch, toWorkSearchValues } from './work-search-form-model';
import { WorkSearchForm } from './WorkSearchForm';

/** The work-search log: a form to log an activity (the state's fields), then every activity, newest first. */
export function WorkSearchLog({ view, rule }: { view: DutiesView; rule: WorkSearchRule }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const locales = { dateLocale: formatters.dateLocale, numberLocale: formatters.numberLocale };
  const [editing, setEditing] = useState<string | null>(null);
  const activities = view.claimant.activities;
  const newest = useMemo(() => [...activities].sort((a, b) => b.day.localeCompare(a.day)), [activities]);
  const room = roomForActivities(view.claimant);
  return (
    <section className="card" aria-labelledby="duties-log">
      <h2 id="duties-log">{t('duties.us.list.title')}</h2>
      <h3>{t('duties.us.form.title')}</h3>
      {room > 0 ? (
        <WorkSearchForm
          logFields={rule.logFields}
          initial={blankWorkSearch(textFromDay(view.today, formatters.dateLocale))}
          isNew
          onSave={(fields) => updateClaimant((section) => addActivity(section, fields))}
        />
      ) : (
        <p className="notice notice-warning">
          {t('duties.us.form.full', { max: CLAIMANT_LIMITS.activities })}
        </p>
      )}
      {newest.length === 0 ? <p>{t('duties.us.list.empty')}</p> : null}
      <ul className="plain-list">
        {newest.map((activity) => {
          const words = { date: formatters.day(activity.day), kind: t(`duties.us.kinds.${activity.kind}`) };
          const detail = [activity.employer, activity.position, activity.contactPerson, activity.result]
            .filter((text) => text !== '')
            .join(' · ');
          return (
            <li key={activity.id}>
              {editing === activity.id ? (
                <WorkSearchForm
                  logFields={rule.logFields}
                  initial={toWorkSearchValues(activity, locales)}
                  isNew={false}
                  onCancel={() => setEditing(null)}
                  onSave={async (fields) => {
                    const failure = await updateClaimant((section) =>
                      updateActivity(section, activity.id, fields),
                    );
                    if (!failure) setEditing(null);
                    return failure;
                  }}
                />
              ) : (
                <div className="row-between">
                  <p>
                    <strong>{t('duties.us.list.row', words)}</strong>
                    {detail ? ` ${detail}` : ''}
                  </p>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button secondary"
                      aria-label={t('duties.us.list.editLabel', words)}
                      onClick={() => setEditing(activity.id)}
                    >
                      {t('duties.us.list.edit')}
                    </button>
                    <button
                      type="button"
                      className="button secondary"
                      aria-label={t('duties.us.list.removeLabel', words)}
                      onClick={() => void updateClaimant((section) => removeActivity(section, activity.id))}
                    >
                      {t('duties.us.list.remove')}
                    </button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
