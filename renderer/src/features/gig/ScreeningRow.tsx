import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Screening } from '../../../../preload/contract/gig-section';
import type { ApiError } from '../../../../preload/contract/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { removeScreening, updateScreening } from '../../domain/gig/gig-log';
import { updateGig } from '../../state/gig-store';
import { ScreeningForm } from './ScreeningForm';
import { toScreeningValues } from './screening-form-model';
import type { GigContext } from './use-gig-context';
import { RowActions } from './RowActions';

/** One screening in words (outcome, retake day, unpaid time), edited in place or removed. */
export function ScreeningRow({ screening, context }: { screening: Screening; context: GigContext }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const day = context.formatters.day(screening.day);
  const platform = context.platformName(screening.platformId);
  if (editing)
    return (
      <li className="gig-entry-editing">
        <h4>{t('gig.screenings.editTitle')}</h4>
        <ScreeningForm
          context={context}
          initial={toScreeningValues(screening, context.locales)}
          isNew={false}
          onCancel={() => setEditing(false)}
          onSave={async (fields) => {
            const failure = await updateGig((section) => updateScreening(section, screening.id, fields));
            if (!failure) setEditing(false);
            return failure;
          }}
        />
      </li>
    );
  const details = [
    screening.retakeFrom
      ? t('gig.screenings.retake', { day: context.formatters.day(screening.retakeFrom) })
      : null,
    screening.unpaidMinutes > 0 ? t('gig.screenings.minutes', { minutes: screening.unpaidMinutes }) : null,
    screening.note || null,
  ].filter((part): part is string => part !== null);
  return (
    <li>
      <span>
        <strong>
          {t('gig.screenings.summary', {
            day,
            platform,
            format: t(`gig.screenings.formats.${screening.format}`),
            outcome: t(`gig.screenings.outcomes.${screening.outcome}`),
          })}
        </strong>
        {details.length > 0 ? (
          <>
            <br />
            {details.join(' · ')}
          </>
        ) : null}
      </span>
      <RowActions
        edit={t('gig.screenings.edit')}
        editLabel={t('gig.screenings.editLabel', { day, platform })}
        remove={t('gig.screenings.remove')}
        removeLabel={t('gig.screenings.removeLabel', { day, platform })}
        onEdit={() => setEditing(true)}
        onRemove={() => void updateGig((section) => removeScreening(section, screening.id)).then(setError)}
      />
      {error ? <ErrorMessage error={error} /> : null}
    </li>
  );
}
