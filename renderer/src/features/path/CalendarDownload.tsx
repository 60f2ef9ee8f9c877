import { useTranslation } from 'react-i18next';
import type { usePathView } from './use-path-view';
import { useMilestoneTitles } from './use-milestone-titles';
import { downloadFile } from '../../components/download-file';

/** Saves the plan as an .ics file the user can import into any calendar. */
export function CalendarDownload({ view }: { view: ReturnType<typeof usePathView> }) {
  const { t } = useTranslation();
  const displayTitle = useMilestoneTitles();
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
    downloadFile(`passerelle-path-${view.today}.ics`, calendar.text, 'text/calendar');
  };
  return (
    <button type="button" className="button secondary" onClick={() => void download()}>
      {t('path.ics.button')}
    </button>
  );
}
