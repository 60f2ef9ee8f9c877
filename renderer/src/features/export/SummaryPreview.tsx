import { useTranslation } from 'react-i18next';

/**
 * The summary exactly as the PDF will print it: the same HTML, in a frame sandboxed with no
 * permissions at all (no script, no forms, no navigation, an opaque origin). The page itself
 * carries a CSP of default-src 'none'; its one stylesheet is allowed by hash in the app's CSP.
 * `html` is null while the summary is being built (just after the screen opens): a blank
 * sheet of the frame's size keeps the place, marked busy. The frame is created only once the
 * HTML exists, so it loads one document instead of an empty one swapped for the summary: a
 * sandboxed frame gets a process of its own in Chromium, and swapping it mid-start could
 * leave it blank under load.
 */
export function SummaryPreview({ html }: { html: string | null }) {
  const { t } = useTranslation();
  return (
    <section
      className="card summary-preview"
      aria-labelledby="summary-preview-title"
      aria-busy={html === null}
    >
      <h2 id="summary-preview-title">{t('exportScreen.previewTitle')}</h2>
      {html === null ? (
        <div className="summary-preview-sheet" />
      ) : (
        <iframe title={t('exportScreen.previewFrame')} sandbox="" srcDoc={html} />
      )}
    </section>
  );
}
