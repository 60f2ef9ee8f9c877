import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MILESTONE_KINDS, type MilestoneKind } from '../../../../preload/contract/path-section';
import { Field } from '../../components/Field';
import { FormProblem } from '../../components/FormProblem';
import { newMilestone } from '../../domain/path/new-milestone';
import { uniqueId } from '../../domain/unique-id';
import { addMilestone, usePathStore } from '../../state/path-store';

/** A milestone of the user's own: a course, a certificate, a practice goal. */
export function AddMilestone() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<MilestoneKind>('learn');
  const [effort, setEffort] = useState('5');
  const [problem, setProblem] = useState<string | null>(null);
  const add = async () => {
    const hours = Number(effort.trim());
    if (
      title.trim() === '' ||
      title.trim().length > 160 ||
      !Number.isInteger(hours) ||
      hours < 1 ||
      hours > 2000
    ) {
      return setProblem(t('path.add.invalid'));
    }
    const taken = new Set(usePathStore.getState().section.milestones.map((m) => m.id));
    const id = uniqueId(`own ${title}`, taken);
    setProblem(null);
    const error = await addMilestone(newMilestone(id, title.trim(), kind, hours, false));
    if (error) setProblem(error.message);
    else setTitle('');
  };
  return (
    <section className="card" aria-labelledby="add-milestone-title">
      <h2 id="add-milestone-title">{t('path.add.title')}</h2>
      <div className="inline-fields">
        <Field compact label={t('path.add.name')}>
          <input type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field compact label={t('path.add.kind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as MilestoneKind)}>
            {MILESTONE_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`path.kinds.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field compact label={t('path.add.effort')}>
          <input
            type="text"
            inputMode="numeric"
            className="hours-input"
            value={effort}
            onChange={(e) => setEffort(e.target.value)}
          />
        </Field>
        <button type="button" className="button secondary" onClick={() => void add()}>
          {t('path.add.submit')}
        </button>
      </div>
      <FormProblem message={problem} />
    </section>
  );
}
