import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_RESUME_BYTES,
  mergeResume,
  readJsonResumeFile,
  type ResumeImport as Parsed,
  type ResumeProblem,
} from '../../../domain/json-resume';
import type { TextEncodingName } from '../../../domain/text-decoding';
import { applyImport } from '../../../state/skills-store';
import { FilePicker } from '../../../components/FilePicker';

/**
 * JSON Resume import: read and check the file, show what was found, and change nothing
 * until the user presses Import. A bad file gets a plain message and changes nothing.
 */
export function ResumeImport() {
  const { t } = useTranslation();
  const [parsed, setParsed] = useState<(Parsed & { encoding: TextEncodingName }) | null>(null);
  const [problem, setProblem] = useState<ResumeProblem | 'unreadable' | null>(null);
  const [done, setDone] = useState(false);

  const read = async (file: File | undefined) => {
    setDone(false);
    setParsed(null);
    if (!file) return;
    // Refused by its size before a byte of it is read.
    if (file.size > MAX_RESUME_BYTES) return setProblem('too-large');
    try {
      const outcome = readJsonResumeFile(new Uint8Array(await file.arrayBuffer()));
      setProblem(outcome.ok ? null : outcome.problem);
      setParsed(outcome.ok ? { ...outcome.value, encoding: outcome.encoding } : null);
    } catch {
      setProblem('unreadable');
    }
  };
  const confirm = async () => {
    if (!parsed) return;
    const error = await applyImport((section) => mergeResume(section, parsed));
    if (error) return setProblem('unreadable');
    setParsed(null);
    setDone(true);
  };

  return (
    <section className="card" aria-labelledby="resume-title">
      <h2 id="resume-title">{t('skills.resume.title')}</h2>
      <p>{t('skills.resume.text')}</p>
      <FilePicker
        label={t('skills.resume.choose')}
        noFile={t('skills.resume.noFile')}
        accept=".json,application/json"
        onFile={(file) => void read(file)}
      />
      {problem ? (
        <p className="field-error" role="alert">
          {t(`skills.resume.problems.${problem}`)}
        </p>
      ) : null}
      {parsed ? (
        <div role="status">
          <p>
            {t('skills.resume.preview', {
              skills: parsed.suggestions.length,
              matched: parsed.matched,
              work: parsed.background.work.length,
              education: parsed.background.education.length,
              certificates: parsed.background.certificates.length,
            })}
          </p>
          {parsed.encoding === 'windows-1252' ? (
            <p className="notice notice-warning" role="note">
              {t('skills.resume.readAsWindows1252')}
            </p>
          ) : null}
          {parsed.customSkills.length > 0 ? (
            <p>
              {t('skills.resume.ownSkills', { names: parsed.customSkills.map((own) => own.name).join(', ') })}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="button primary" onClick={() => void confirm()}>
              {t('skills.resume.confirm')}
            </button>
            <button type="button" className="button secondary" onClick={() => setParsed(null)}>
              {t('skills.resume.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {done ? (
        <p className="form-saved" role="status">
          {t('skills.resume.done')}
        </p>
      ) : null}
    </section>
  );
}
