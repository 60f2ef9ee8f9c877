import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../../domain/applications/import-plan';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_MEGABYTES,
  readApplicationsFile,
} from '../../../domain/applications/read-applications-file';
import type { TextEncodingName } from '../../../domain/text-decoding';
import { conventionsFor } from '../../../domain/countries';
import { parseTypedDay } from '../../../domain/dates';
import { FilePicker } from '../../../components/FilePicker';
import { FormProblem } from '../../../components/FormProblem';
import { useFormatters } from '../../../components/use-formatters';
import { useToday } from '../../../components/use-today';
import { importApplications, useApplicationsStore } from '../../../state/applications-store';
import { useStageLabel } from '../use-stage-label';
import { ImportPreview } from './ImportPreview';
import { refusalMessage } from './import-refusal';

interface Preview {
  file: string;
  plan: ImportPlan;
  encoding: TextEncodingName;
}

/** Reads a CSV, shows what it would add, update and refuse, and writes only on confirmation. */
export function ImportCsv() {
  const { t } = useTranslation();
  const { dateLocale, numberLocale, country } = useFormatters();
  const today = useToday();
  const stageLabel = useStageLabel();
  const [plan, setPlan] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  // Choosing another file while one is being read: only the last choice may show a preview.
  const latest = useRef(0);

  const read = async (file: File | undefined) => {
    const ticket = ++latest.current;
    setPlan(null);
    setDone(null);
    setProblem(null);
    setReading(null);
    if (!file) return;
    // Refused by its size before a byte of it is read.
    if (file.size > MAX_IMPORT_BYTES)
      return setProblem(t('applications.files.tooLarge', { limit: MAX_IMPORT_MEGABYTES }));
    setReading(file.name);
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
    try {
      const outcome = await readApplicationsFile(new Uint8Array(await file.arrayBuffer()), section, context);
      if (ticket !== latest.current) return;
      if (outcome.ok) setPlan({ file: file.name, plan: outcome.plan, encoding: outcome.encoding });
      else setProblem(refusalMessage(t, outcome.refusal));
    } catch (error) {
      if (ticket === latest.current)
        setProblem(
          t('applications.files.unreadable', { detail: error instanceof Error ? error.message : '' }),
        );
    } finally {
      if (ticket === latest.current) setReading(null);
    }
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
      {reading ? <p role="status">{t('applications.files.reading', { file: reading })}</p> : null}
      {plan ? (
        <ImportPreview
          file={plan.file}
          plan={plan.plan}
          encoding={plan.encoding}
          onConfirm={() => void confirm()}
          onCancel={() => setPlan(null)}
        />
      ) : null}
      {done ? <p role="status">{done}</p> : null}
    </section>
  );
}
