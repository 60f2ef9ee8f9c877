import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readApplicationRow } from '../../../domain/applications/applications-csv';
import { fromCsv } from '../../../domain/applications/csv';
import { planImport, type ImportPlan } from '../../../domain/applications/import-plan';
import { conventionsFor } from '../../../domain/countries';
import { parseTypedDay } from '../../../domain/dates';
import { FilePicker } from '../../../components/FilePicker';
import { FormProblem } from '../../../components/FormProblem';
import { useFormatters } from '../../../components/use-formatters';
import { useToday } from '../../../components/use-today';
import { importApplications, useApplicationsStore } from '../../../state/applications-store';
import { useStageLabel } from '../use-stage-label';
import { ImportPreview } from './ImportPreview';

const LIMIT_MB = 5;

/** Reads a CSV, shows what it would add, update and refuse, and writes only on confirmation. */
export function ImportCsv() {
  const { t } = useTranslation();
  const { dateLocale, numberLocale, country } = useFormatters();
  const today = useToday();
  const stageLabel = useStageLabel();
  const [plan, setPlan] = useState<{ file: string; plan: ImportPlan } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const read = async (file: File | undefined) => {
    setPlan(null);
    setDone(null);
    setProblem(null);
    if (!file) return;
    if (file.size > LIMIT_MB * 1024 * 1024)
      return setProblem(t('applications.files.tooLarge', { limit: LIMIT_MB }));
    const parsed = fromCsv(await file.text());
    if (parsed.rows.length === 0) return setProblem(t('applications.files.noRows'));
    if (!parsed.header.some((name) => name.trim().toLowerCase() === 'organisation')) {
      return setProblem(t('applications.files.noOrganisation'));
    }
    const { section } = useApplicationsStore.getState();
    const byName = new Map(
      section.stages.flatMap(
        (s) =>
          [
            [s.id, s.id],
            [stageLabel(s.id).toLowerCase(), s.id],
          ] as const,
      ),
    );
    const context = {
      stageId: (text: string) => byName.get(text.trim().toLowerCase()) ?? null,
      parseDay: (text: string) => parseTypedDay(text, dateLocale),
      numberLocale,
      currency: conventionsFor(country).currency,
      today,
    };
    // Numbered as a spreadsheet shows them: the header is row 1, the first application row 2.
    const rows = parsed.rows.map((cells, index) =>
      readApplicationRow(parsed.header, cells, index + 2, context),
    );
    setPlan({ file: file.name, plan: planImport(section, rows) });
  };

  const confirm = async () => {
    if (!plan) return;
    const error = await importApplications(plan.plan);
    if (error) return setProblem(t('errors.storage-write-failed', { detail: error.message }));
    setDone(t('applications.files.imported', { count: plan.plan.added.length + plan.plan.replaced.length }));
    setPlan(null);
  };

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('applications.files.importTitle')}</h2>
      <p>{t('applications.files.importHint')}</p>
      <FilePicker
        label={t('applications.files.chooseFile')}
        noFile={t('skills.resume.noFile')}
        accept=".csv,text/csv"
        onFile={(file) => void read(file)}
      />
      <FormProblem message={problem} />
      {plan ? (
        <ImportPreview
          file={plan.file}
          plan={plan.plan}
          onConfirm={() => void confirm()}
          onCancel={() => setPlan(null)}
        />
      ) : null}
      {done ? <p role="status">{done}</p> : null}
    </section>
  );
}
