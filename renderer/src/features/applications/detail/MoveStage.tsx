import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../../preload/contract/applications-section';
import type { ApiError } from '../../../../../preload/contract/result';
import { Field } from '../../../components/Field';
import { DayField } from '../../../components/DayField';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormProblem } from '../../../components/FormProblem';
import { useFormatters } from '../../../components/use-formatters';
import { useDatePatternHint } from '../../../components/use-date-pattern-hint';
import { useToday } from '../../../components/use-today';
import { parseTypedDay, formatIsoDay } from '../../../domain/dates';
import { activeStages } from '../../../domain/applications/stages';
import { moveApplication, useApplicationsStore } from '../../../state/applications-store';
import { useStageLabel } from '../use-stage-label';

/** Moves the application to another stage on a chosen day (today by default), with a note. */
export function MoveStage({ application }: { application: Application }) {
  const { t } = useTranslation();
  const { dateLocale, datePattern } = useFormatters();
  const hint = useDatePatternHint(datePattern);
  const today = useToday();
  const stageLabel = useStageLabel();
  const stages = activeStages(useApplicationsStore((state) => state.section.stages));
  const [target, setTarget] = useState(application.stageId);
  const [on, setOn] = useState(() => formatIsoDay(today, dateLocale));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const move = async () => {
    const day = parseTypedDay(on, dateLocale);
    if (day === null) return setProblem(t('applications.errors.moveDate', { pattern: hint.pattern }));
    setProblem(null);
    const failure = await moveApplication(application.id, target, day, note.trim().slice(0, 500));
    setError(failure);
    if (!failure) setNote('');
  };
  return (
    <section className="card" aria-labelledby="move-stage-title">
      <h2 id="move-stage-title">
        {t('applications.detail.stage')}: {stageLabel(application.stageId)}
      </h2>
      <div className="inline-fields">
        <Field compact label={t('applications.detail.moveTo')}>
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            {stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stageLabel(stage.id)}
              </option>
            ))}
          </select>
        </Field>
        <DayField label={t('applications.detail.moveOn')} hint={hint.text} value={on} onChange={setOn} />
        <Field compact label={t('applications.detail.moveNote')}>
          <input type="text" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <button
          type="button"
          className="button secondary"
          disabled={target === application.stageId}
          onClick={() => void move()}
        >
          {t('applications.detail.move')}
        </button>
      </div>
      <FormProblem message={problem} />
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
