import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GIG_LIMITS } from '../../../../preload/contract/gig-section';
import { addEntry, newestFirst, roomFor } from '../../domain/gig/gig-log';
import { updateGig } from '../../state/gig-store';
import type { GigContext } from './use-gig-context';
import { blankWorkEntry } from './work-entry-form-model';
import { WorkEntryForm } from './WorkEntryForm';
import { WorkEntryRow } from './WorkEntryRow';

const PAGE = 50;

/** Logging work on a platform, and the list of what was logged, newest first. */
export function WorkLog({ context }: { context: GigContext }) {
  const { t } = useTranslation();
  const { section } = context;
  const first = section.platforms[0];
  // Years of daily work make thousands of lines: the newest come first, the rest on request.
  const [shown, setShown] = useState(PAGE);
  const newest = newestFirst(section.entries);
  return (
    <section className="card" aria-labelledby="gig-entries">
      <h2 id="gig-entries">{t('gig.entries.title')}</h2>
      <p className="muted-text">{t('gig.entries.intro')}</p>
      {first === undefined ? (
        <p>{t('gig.entries.noPlatform')}</p>
      ) : roomFor(section, 'entries') > 0 ? (
        <>
          <h3>{t('gig.entries.addTitle')}</h3>
          <WorkEntryForm
            key={first.id}
            context={context}
            initial={blankWorkEntry(first.id, first.currency)}
            isNew
            onSave={(fields) => updateGig((s) => addEntry(s, fields))}
          />
        </>
      ) : (
        <p>{t('gig.entries.full', { max: GIG_LIMITS.workEntries })}</p>
      )}
      <h3>{t('gig.entries.listTitle')}</h3>
      {section.entries.length === 0 ? <p className="muted-text">{t('gig.entries.empty')}</p> : null}
      <ul className="budget-list">
        {newest.slice(0, shown).map((entry) => (
          <WorkEntryRow key={entry.id} entry={entry} context={context} />
        ))}
      </ul>
      {newest.length > shown ? (
        <p className="form-actions">
          <span>{t('gig.entries.shown', { shown, total: newest.length })}</span>
          <button type="button" className="button secondary" onClick={() => setShown(shown + PAGE)}>
            {t('gig.entries.showMore', { count: Math.min(PAGE, newest.length - shown) })}
          </button>
        </p>
      ) : null}
    </section>
  );
}
