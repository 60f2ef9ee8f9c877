import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../../preload/contract/applications-section';
import { useFormatters } from '../../../components/use-formatters';
import { useStageLabel } from '../use-stage-label';

/** Every stage the application went through, newest first; a rejection never erases it. */
export function StageHistory({ application }: { application: Application }) {
  const { t } = useTranslation();
  const { day } = useFormatters();
  const stageLabel = useStageLabel();
  const entries = [...application.history].reverse();
  return (
    <section className="card" aria-labelledby="stage-history-title">
      <h2 id="stage-history-title">{t('applications.detail.history')}</h2>
      {entries.length === 0 ? (
        <p className="muted-text">{t('applications.detail.noHistory')}</p>
      ) : (
        <ol className="history" reversed>
          {entries.map((entry, index) => (
            <li key={`${entry.on}-${entry.stageId}-${index}`}>
              {t('applications.detail.historyEntry', {
                stage: stageLabel(entry.stageId),
                date: day(entry.on),
              })}
              {entry.note ? <span className="muted-text"> — {entry.note}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
