import { useTranslation } from 'react-i18next';
import type { PaperSize } from '../../../../preload/contract/channels';
import { saveTextFile } from '../../components/save-text-file';
import { SaveOutcomeMessage, useFileSave } from '../../components/use-file-save';
import type { SummaryDocument } from '../../domain/export/blocks';
import { renderMarkdown } from '../../domain/export/render-markdown';
import { plannerApi } from '../../state/api';
import { useLogCsv } from '../applications/files/use-log-csv';
import { CalendarDownload } from '../path/CalendarDownload';
import type { usePathView } from '../../views/use-path-view';

/** Saving the summary (PDF, Markdown), the job-search log (CSV) and the plan (.ics). */
export function SummaryFiles(props: {
  summary: SummaryDocument;
  html: string;
  paper: PaperSize;
  today: string;
  /** The plan as the summary scheduled it, for the calendar file. */
  pathView: ReturnType<typeof usePathView>;
}) {
  const { t, i18n } = useTranslation();
  const { outcome, save, busy } = useFileSave();
  const logCsv = useLogCsv();
  // The summary is named in its own language (chosen apart from the interface's), whose
  // texts are loaded since the summary was written in them; the log is in the interface's.
  const name = i18n.getFixedT(props.summary.language)('export.fileName', { date: props.today });
  return (
    <section className="card" aria-labelledby="summary-files-title">
      <h2 id="summary-files-title">{t('exportScreen.files.title')}</h2>
      <p>{t('exportScreen.paper', { paper: props.paper })}</p>
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() =>
            void save(() =>
              plannerApi().savePdf({ fileName: `${name}.pdf`, html: props.html, paper: props.paper }),
            )
          }
        >
          {t('exportScreen.files.pdf')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() =>
            void save(() => saveTextFile('markdown', `${name}.md`, renderMarkdown(props.summary)))
          }
        >
          {t('exportScreen.files.markdown')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() =>
            void save(() =>
              saveTextFile('csv', t('applications.files.logFileName', { date: props.today }), logCsv()),
            )
          }
        >
          {t('exportScreen.files.log')}
        </button>
      </div>
      <SaveOutcomeMessage outcome={outcome} />
      <CalendarDownload view={props.pathView} label={t('exportScreen.files.calendar')} />
    </section>
  );
}
