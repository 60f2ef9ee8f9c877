import { useTranslation } from 'react-i18next';
import { US_WORK_SEARCH_STATES, type UsWorkSearchState } from '../../../../preload/contract/claimant-section';
import { SelectField } from '../../components/forms/SelectField';
import { setActivitiesPerWeek, setUsState } from '../../domain/gig/claimant-log';
import { WORK_SEARCH_KINDS, WORK_SEARCH_PRESETS } from '../../domain/gig/us-work-search-presets';
import { updateClaimant } from '../../state/claimant-store';
import type { DutiesView } from '../../views/use-duties-view';
import { OverrideForm } from './OverrideForm';
import { SourceLine } from './SourceLine';

const isState = (value: string): value is UsWorkSearchState =>
  (US_WORK_SEARCH_STATES as readonly string[]).includes(value);

/** The user's state, its weekly rule in words with its source and date, and the letter's own number. */
export function StateRule({ view }: { view: DutiesView }) {
  const { t } = useTranslation();
  const { rule, claimant } = view;
  const choose = (value: string) =>
    void updateClaimant((section) => setUsState(section, isState(value) ? value : null));
  const stateOptions = [
    { value: '', label: t('duties.us.noState') },
    ...US_WORK_SEARCH_STATES.map((state) => ({ value: state, label: t(`duties.us.states.${state}`) })),
  ];
  const notCounted = rule ? WORK_SEARCH_KINDS.filter((kind) => !rule.countedKinds.includes(kind)) : [];
  return (
    <section className="card" aria-labelledby="duties-state">
      <h2 id="duties-state">{t('duties.us.title')}</h2>
      <SelectField
        label={t('duties.us.state')}
        options={stateOptions}
        value={claimant.usState ?? ''}
        onChange={choose}
      />
      <p className="field-hint">{t('duties.us.otherState')}</p>
      {rule ? (
        <>
          <h3>{t('duties.us.rule.title', { state: t(`duties.us.states.${rule.state}`) })}</h3>
          <ul>
            <li>
              {t('duties.us.rule.perWeek', { count: rule.activitiesPerWeek.value })}
              {rule.activitiesPerWeek.source === 'letter' ? (
                <p className="field-hint">{t('duties.us.rule.letter')}</p>
              ) : (
                <SourceLine source={t(`duties.sources.${rule.state}`)} parameter={rule.activitiesPerWeek} />
              )}
            </li>
            {rule.minimums.map((minimum) => (
              <li key={minimum.code}>
                {t(`duties.us.rule.minimums.${minimum.code}`, { count: minimum.count })}
              </li>
            ))}
            {rule.noRepeatEmployerContacts ? <li>{t('duties.us.rule.noRepeat')}</li> : null}
            {rule.minDistinctDays > 0 ? (
              <li>{t('duties.us.rule.distinctDays', { count: rule.minDistinctDays })}</li>
            ) : null}
            {notCounted.length > 0 ? (
              <li>
                {t('duties.us.rule.notCounted', {
                  kinds: notCounted.map((kind) => t(`duties.us.kinds.${kind}`)).join(', '),
                })}
              </li>
            ) : null}
            <li>
              {t('duties.us.rule.week', {
                days: t(`duties.us.rule.weekDays.${rule.weekStartsOn}`),
                source: t(rule.state === 'NY' ? 'duties.sources.weekNY' : 'duties.sources.weekSunday'),
              })}
              {rule.weekStatus === 'to-check' ? (
                <>
                  {' '}
                  <span className="badge warning" title={t('duties.toCheckHint')}>
                    {t('duties.toCheck')}
                  </span>
                </>
              ) : null}
            </li>
            <li>
              {t('duties.us.rule.fields', {
                fields: rule.logFields.map((field) => t(`duties.us.fields.${field}`)).join(', '),
              })}
            </li>
          </ul>
          <OverrideForm
            key={rule.state}
            kind="activitiesPerWeek"
            current={claimant.activitiesPerWeek}
            label={t('duties.us.override.label')}
            hint={t('duties.us.override.hint', {
              count: WORK_SEARCH_PRESETS[rule.state].activitiesPerWeek.value,
            })}
            submit={t('duties.us.override.save')}
            saved={t('duties.us.override.saved')}
            onSave={(value) => updateClaimant((section) => setActivitiesPerWeek(section, value))}
          />
        </>
      ) : null}
    </section>
  );
}
