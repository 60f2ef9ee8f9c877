import { useTranslation } from 'react-i18next';
import type { usePathView } from '../../views/use-path-view';
import { useMilestoneTitles } from '../../views/use-milestone-titles';
import { saveTextFile } from '../../components/save-text-file';
import { SaveOutcomeMessage, useFileSave } from '../../components/use-file-save';

/** Saves the plan as an .ics file the user can import into any calendar. */
export function CalendarDownload({ view, label }: { view: ReturnType<typeof usePathView>; label?: string }) {
  const { t } = useTranslation();
  const displayTitle = useMilestoneTitles();
  const { outcome, save, busy } = useFileSave();
  if (!view.schedule.ok || view.schedule.milestones.size === 0) return null;
  const scheduled = view.schedule.milestones;
  const download = async () => {
    // The calendar library is only needed here: it loads on the first download.
    const { pathCalendar } = await import('../../domain/path/calendar');
    const titled = view.section.milestones.map((milestone) => ({
      ...milestone,
      title: displayTitle(milestone),
    }));
    const calendar = pathCalendar(titled, scheduled, {
      calendarName: t('path.ics.calendarName'),
      describe: (milestone) =>
        `${t(`path.kinds.${milestone.kind}`)} · ${t('path.list.effort', { hours: milestone.effortHours })}`,
    });
    if (!calendar.ok) return;
    await save(() => saveTextFile('ics', t('path.ics.fileName', { date: view.today }), calendar.text));
  };
  return (
    <div className="save-action">
      <button type="button" className="button secondary" onClick={() => void download()} disabled={busy}>
        {label ?? t('path.ics.button')}
      </button>
      <SaveOutcomeMessage outcome={outcome} />
    </div>
  );
}
