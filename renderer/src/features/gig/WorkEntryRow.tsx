import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkEntry } from '../../../../preload/contract/gig-section';
import type { ApiError } from '../../../../preload/contract/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { earnedMinor } from '../../domain/gig/gig-money';
import { removeEntry, updateEntry } from '../../domain/gig/gig-log';
import { updateGig } from '../../state/gig-store';
import type { GigContext } from './use-gig-context';
import { WorkEntryForm } from './WorkEntryForm';
import { toWorkEntryValues } from './work-entry-form-model';
import { RowActions } from './RowActions';

/** One logged piece of work in words, with its edit form in place and removal. */
export function WorkEntryRow({ entry, context }: { entry: WorkEntry; context: GigContext }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const { formatters, platformName } = context;
  const money = (minor: number) => formatters.money(minor, entry.currency);
  const hours = (minutes: number) => t('gig.hours', { hours: context.hoursOf(minutes) });
  const day = formatters.day(entry.day);
  const platform = platformName(entry.platformId);
  const unpaid =
    entry.unpaidMinutes.onboarding + entry.unpaidMinutes.assessment + entry.unpaidMinutes.waiting;
  if (editing)
    return (
      <li className="gig-entry-editing">
        <h4>{t('gig.entries.editTitle')}</h4>
        <WorkEntryForm
          context={context}
          initial={toWorkEntryValues(entry, context.locales)}
          isNew={false}
          onCancel={() => setEditing(false)}
          onSave={async (fields) => {
            const failure = await updateGig((section) => updateEntry(section, entry.id, fields));
            if (!failure) setEditing(false);
            return failure;
          }}
        />
      </li>
    );
  const paid =
    entry.paidOn === null
      ? t('gig.entries.owed')
      : entry.payout === null
        ? t('gig.entries.paidNoPayout', { day: formatters.day(entry.paidOn) })
        : t('gig.entries.paid', {
            day: formatters.day(entry.paidOn),
            received: money(entry.payout.receivedMinor),
            fees: money(entry.payout.feesMinor),
          });
  return (
    <li>
      <span>
        <strong>
          {t('gig.entries.summary', { day, platform, project: entry.project || t('gig.entries.noProject') })}
        </strong>
        <br />
        {t('gig.entries.time', { paid: hours(entry.paidMinutes), unpaid: hours(unpaid) })} ·{' '}
        {t('gig.entries.earned', { amount: money(earnedMinor(entry)) })} · {paid}
        {entry.note ? (
          <>
            <br />
            <span className="muted-text">{entry.note}</span>
          </>
        ) : null}
      </span>
      <RowActions
        edit={t('gig.entries.edit')}
        editLabel={t('gig.entries.editLabel', { day, platform })}
        remove={t('gig.entries.remove')}
        removeLabel={t('gig.entries.removeLabel', { day, platform })}
        onEdit={() => setEditing(true)}
        onRemove={() => void updateGig((section) => removeEntry(section, entry.id)).then(setError)}
      />
      {error ? <ErrorMessage error={error} /> : null}
    </li>
  );
}
