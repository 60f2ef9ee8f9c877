import { use, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAfterFirstPaint } from '../../components/use-after-first-paint';
import { renderHtml } from '../../domain/export/render-html';
import { isLanguageLoaded, languageLoaded } from '../../i18n/i18n';
import { usePreferencesStore } from '../../state/preferences-store';
import { SummaryFiles } from './SummaryFiles';
import { SummaryPreview } from './SummaryPreview';
import { SummarySettingsForm } from './SummarySettingsForm';
import { useSummaryDocument } from './use-summary-document';
import { useSummarySettings } from './use-summary-settings';

/** The counsellor summary: choices on one side, the live preview on the other. */
export function SummaryExport() {
  const { t } = useTranslation();
  const editor = useSummarySettings();
  // Typing stays instant with a long log: the preview catches up when React has time.
  const settings = useDeferredValue(editor.settings);
  // The export's language may not be the interface's: wait for its strings (loaded once).
  const interfaceLanguage = usePreferencesStore((state) => state.language);
  const language = settings.language ?? interfaceLanguage;
  if (!isLanguageLoaded(language)) use(languageLoaded(language));
  // The choices paint first; the summary and its preview are built after that paint, in a
  // deferred render, so opening Export never holds the frame for a long log.
  const build = useDeferredValue(useAfterFirstPaint());
  const { summary, paper, today, pathView } = useSummaryDocument(settings, build);
  const html = useMemo(() => (summary ? renderHtml(summary) : null), [summary]);
  return (
    <>
      <p className="section-intro">{t('exportScreen.intro')}</p>
      <div className="export-layout">
        <div className="export-controls">
          <SummarySettingsForm editor={editor} />
          {summary && html !== null ? (
            <SummaryFiles summary={summary} html={html} paper={paper} today={today} pathView={pathView} />
          ) : null}
        </div>
        <SummaryPreview html={html} />
      </div>
    </>
  );
}
