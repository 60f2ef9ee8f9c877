import { useTranslation } from 'react-i18next';
import { lastActivity, recentSetback } from '../../../domain/applications/follow-ups';
import { useFormatters } from '../../../components/use-formatters';
import { useToday } from '../../../components/use-today';
import { useApplicationsStore } from '../../../state/applications-store';
import { useStageLabel } from '../use-stage-label';

/** Says so, while the user types, when this organisation ghosted or rejected them recently. */
export function ReapplyWarning({ organisation }: { organisation: string }) {
  const { t } = useTranslation();
  const { day } = useFormatters();
  const today = useToday();
  const stageLabel = useStageLabel();
  const applications = useApplicationsStore((state) => state.section.applications);
  const setback = recentSetback(applications, organisation, today);
  const when = setback ? (setback.history.at(-1)?.on ?? lastActivity(setback)) : null;
  return (
    <div aria-live="polite">
      {setback && when ? (
        <p className="notice notice-warning">
          {t('applications.form.reapply', {
            organisation: setback.organisation,
            stage: stageLabel(setback.stageId),
            date: day(when),
          })}
        </p>
      ) : null}
    </div>
  );
}
