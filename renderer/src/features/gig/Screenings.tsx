import { useTranslation } from 'react-i18next';
import { GIG_LIMITS } from '../../../../preload/contract/gig-section';
import { addScreening, newestFirst, roomFor } from '../../domain/gig/gig-log';
import { updateGig } from '../../state/gig-store';
import { blankScreening } from './screening-form-model';
import { ScreeningForm } from './ScreeningForm';
import { ScreeningRow } from './ScreeningRow';
import type { GigContext } from './use-gig-context';

/** The platforms' screenings: record one, and the list newest first. */
export function Screenings({ context }: { context: GigContext }) {
  const { t } = useTranslation();
  const { section } = context;
  const first = section.platforms[0];
  const newest = newestFirst(section.screenings);
  return (
    <section className="card" aria-labelledby="gig-screenings">
      <h2 id="gig-screenings">{t('gig.screenings.title')}</h2>
      <p className="muted-text">{t('gig.screenings.intro')}</p>
      {first === undefined ? (
        <p>{t('gig.screenings.noPlatform')}</p>
      ) : roomFor(section, 'screenings') > 0 ? (
        <>
          <h3>{t('gig.screenings.addTitle')}</h3>
          <ScreeningForm
            key={first.id}
            context={context}
            initial={blankScreening(first.id)}
            isNew
            onSave={(fields) => updateGig((s) => addScreening(s, fields))}
          />
        </>
      ) : (
        <p>{t('gig.screenings.full', { max: GIG_LIMITS.screenings })}</p>
      )}
      <h3>{t('gig.screenings.listTitle')}</h3>
      {newest.length === 0 ? <p className="muted-text">{t('gig.screenings.empty')}</p> : null}
      <ul className="budget-list">
        {newest.map((screening) => (
          <ScreeningRow key={screening.id} screening={screening} context={context} />
        ))}
      </ul>
    </section>
  );
}
