import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ApiError } from '../../../../preload/contract/result';
import { needsAttention } from '../../domain/applications/attention';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormatters } from '../../components/use-formatters';
import { useToday } from '../../components/use-today';
import { moveApplication, useApplicationsStore } from '../../state/applications-store';
import { useEndedActionWording } from '../../views/use-ended-action-wording';

// The most urgent first; the rest are a click away rather than a wall of reminders.
const SHOWN = 10;

/** Overdue follow-ups, deadlines this week, and silent applications to call Ghosted. */
export function ApplicationsCard() {
  const { t } = useTranslation();
  const wordEnded = useEndedActionWording();
  const { day } = useFormatters();
  const today = useToday();
  const section = useApplicationsStore((state) => state.section);
  const items = useMemo(() => needsAttention(section, today), [section, today]);
  const [error, setError] = useState<ApiError | null>(null);
  if (section.applications.length === 0) return null;
  return (
    <section className="card" aria-labelledby="today-applications">
      <h2 id="today-applications">{t('applications.today.title')}</h2>
      {items.length === 0 ? (
        <p>{t('applications.today.none')}</p>
      ) : (
        <ul className="attention-list">
          {items.slice(0, SHOWN).map((item) => (
            <li key={`${item.kind}-${item.application.id}-${item.on}-${item.detail}`}>
              {item.overdue && item.kind !== 'ghosted' ? (
                <span className="badge warning">{t('applications.today.overdue')}</span>
              ) : null}{' '}
              <Link href={`/applications/${item.application.id}`}>
                {t(`applications.today.${item.kind}`, {
                  organisation: item.application.organisation,
                  date: day(item.on),
                  detail: item.detail,
                })}
              </Link>
              {item.kind === 'ghosted' ? (
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() =>
                    void moveApplication(item.application.id, 'ghosted', today, '', wordEnded).then(setError)
                  }
                >
                  {t('applications.today.markGhosted', { organisation: item.application.organisation })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {items.length > SHOWN ? (
        <p>
          <Link href="/applications/table">
            {t('applications.today.more', { count: items.length - SHOWN })}
          </Link>
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
