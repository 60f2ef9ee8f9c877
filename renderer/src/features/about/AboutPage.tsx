/**
 * About & help: which Passerelle this is, where its data and its diagnostics log live, and a
 * button that copies those facts for a bug report or a helper. Copying selects the text first,
 * so where the clipboard is refused the user can still press Ctrl+C.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../preload/contract/channels';
import { SectionHeading } from '../../components/SectionHeading';
import { plannerApi } from '../../state/api';
import { diagnosticsText } from './diagnostics-text';

type CopyState = 'idle' | 'copied' | 'refused';

export function AboutPage() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const text = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    void plannerApi()
      .getAppInfo()
      .then((result) => (result.ok ? setInfo(result.value) : setProblem(result.error.message)));
  }, []);

  const runtimeName = info ? t(`about.runtimes.${info.runtime}`) : '';
  const diagnostics = info
    ? diagnosticsText(
        info,
        {
          version: t('about.version'),
          runtime: t('about.runtime'),
          platform: t('about.platform'),
          schemaVersion: t('about.schemaVersion'),
          dataFolder: t('about.dataFolder'),
          logFolder: t('about.logFolder'),
        },
        runtimeName,
        (label, value) => t('about.line', { label, value, interpolation: { escapeValue: false } }),
      )
    : '';

  const copyDiagnostics = () => {
    text.current?.select();
    navigator.clipboard.writeText(diagnostics).then(
      () => setCopy('copied'),
      () => setCopy('refused'),
    );
  };

  return (
    <>
      <SectionHeading title={t('about.title')} intro={t('about.intro')} />
      {problem ? <p role="alert">{t('about.unavailable', { detail: problem })}</p> : null}
      {info ? (
        <>
          <section className="card" aria-labelledby="about-facts">
            <h2 id="about-facts">{t('about.facts')}</h2>
            <dl className="facts">
              <dt>{t('about.version')}</dt>
              <dd>{info.version}</dd>
              <dt>{t('about.runtime')}</dt>
              <dd>{runtimeName}</dd>
              <dt>{t('about.platform')}</dt>
              <dd>{info.platform}</dd>
              <dt>{t('about.schemaVersion')}</dt>
              <dd>{info.schemaVersion}</dd>
              <dt>{t('about.dataFolder')}</dt>
              <dd className="path">{info.dataDirectory}</dd>
              <dt>{t('about.logFolder')}</dt>
              <dd className="path">{info.logDirectory}</dd>
            </dl>
            <p className="hint">{t('about.logExplained')}</p>
          </section>
          <section className="card" aria-labelledby="about-diagnostics">
            <h2 id="about-diagnostics">{t('about.diagnostics')}</h2>
            <textarea
              ref={text}
              aria-labelledby="about-diagnostics"
              readOnly
              rows={7}
              value={diagnostics}
              className="diagnostics"
            />
            <button type="button" onClick={copyDiagnostics}>
              {t('about.copy')}
            </button>
            <p role="status">
              {copy === 'copied' ? t('about.copied') : copy === 'refused' ? t('about.copyFailed') : ''}
            </p>
          </section>
        </>
      ) : null}
    </>
  );
}
