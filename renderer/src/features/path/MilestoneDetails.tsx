import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MILESTONE_KINDS,
  type Milestone,
  type MilestoneKind,
} from '../../../../preload/contract/path-section';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { FormProblem } from '../../components/FormProblem';
import { useFormatters } from '../../components/use-formatters';
import { conventionsFor } from '../../domain/countries';
import { formatIsoDay, parseTypedDay } from '../../domain/dates';
import { moneyInputText, parseMoneyInput } from '../../domain/money';
import { workOrder } from '../../domain/path/order';
import type { ApiError } from '../../../../preload/contract/result';
import { splitMilestone, updateMilestone, usePathStore } from '../../state/path-store';

/** Everything about one milestone that the list row does not show, editable (inside a Disclosure). */
export function MilestoneDetails({
  milestone,
  title,
  titleOf,
}: {
  milestone: Milestone;
  title: string;
  titleOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { dateLocale, numberLocale, country } = useFormatters();
  const others = usePathStore((state) => state.section.milestones).filter((m) => m.id !== milestone.id);
  const currency = milestone.cost?.currency ?? conventionsFor(country).currency;
  const [form, setForm] = useState({
    title,
    kind: milestone.kind,
    effort: String(milestone.effortHours),
    cost: milestone.cost ? moneyInputText(milestone.cost.amountMinor, numberLocale) : '',
    paidOn: milestone.cost?.paidOn ? formatIsoDay(milestone.cost.paidOn, dateLocale) : '',
    link: milestone.link,
    notes: milestone.notes,
    evidence: milestone.evidence,
    after: milestone.prerequisites,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (change: Partial<typeof form>) => setForm((current) => ({ ...current, ...change }));

  const save = async () => {
    setSaved(false);
    const effort = Number(form.effort.trim());
    if (
      form.title.trim() === '' ||
      form.title.trim().length > 160 ||
      !Number.isInteger(effort) ||
      effort < 1 ||
      effort > 2000
    ) {
      return setProblem(t('path.edit.invalid'));
    }
    const amount = form.cost.trim() === '' ? null : parseMoneyInput(form.cost, numberLocale);
    const paidOn = form.paidOn.trim() === '' ? null : parseTypedDay(form.paidOn, dateLocale);
    if ((form.cost.trim() !== '' && amount === null) || (form.paidOn.trim() !== '' && paidOn === null)) {
      return setProblem(t('path.edit.costInvalid', { example: moneyInputText(4900, numberLocale) }));
    }
    const changed: Milestone = { ...milestone, prerequisites: form.after };
    if (!workOrder([...others, changed]).ok) return setProblem(t('path.edit.loop'));
    setProblem(null);
    const outcome = await updateMilestone(milestone.id, {
      // Keep the generated wording unless the user actually changed the title.
      ...(form.title.trim() !== title ? { title: form.title.trim() } : {}),
      ...(form.kind !== milestone.kind ? { kind: form.kind } : {}),
      ...(effort !== milestone.effortHours ? { effortHours: effort } : {}),
      ...(form.after.join() !== milestone.prerequisites.join() ? { prerequisites: form.after } : {}),
      cost: amount === null ? null : { amountMinor: amount, currency, paidOn },
      link: form.link.trim(),
      notes: form.notes.trim(),
      evidence: form.evidence.trim(),
    });
    setError(outcome);
    setSaved(outcome === null);
  };

  return (
    <div className="evidence">
      <Field compact label={t('path.edit.title')}>
        <input
          type="text"
          value={form.title}
          maxLength={200}
          onChange={(e) => set({ title: e.target.value })}
        />
      </Field>
      <Field compact label={t('path.edit.kind')}>
        <select value={form.kind} onChange={(e) => set({ kind: e.target.value as MilestoneKind })}>
          {MILESTONE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`path.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field compact label={t('path.edit.effort')}>
        <input
          type="text"
          inputMode="numeric"
          value={form.effort}
          onChange={(e) => set({ effort: e.target.value })}
        />
      </Field>
      <Field compact label={t('path.edit.cost', { currency })}>
        <input
          type="text"
          inputMode="decimal"
          value={form.cost}
          onChange={(e) => set({ cost: e.target.value })}
        />
      </Field>
      <Field compact label={t('path.edit.paidOn')}>
        <input
          type="text"
          inputMode="numeric"
          value={form.paidOn}
          onChange={(e) => set({ paidOn: e.target.value })}
        />
      </Field>
      <Field compact label={t('path.edit.link')}>
        <input
          type="text"
          inputMode="url"
          value={form.link}
          maxLength={500}
          onChange={(e) => set({ link: e.target.value })}
        />
      </Field>
      <Field compact label={t('path.edit.notes')}>
        <textarea
          value={form.notes}
          maxLength={2000}
          rows={2}
          onChange={(e) => set({ notes: e.target.value })}
        />
      </Field>
      <Field compact label={t('path.edit.evidence')}>
        <input
          type="text"
          value={form.evidence}
          maxLength={500}
          onChange={(e) => set({ evidence: e.target.value })}
        />
      </Field>
      {others.length > 0 ? (
        <fieldset className="checkbox-grid wide">
          <legend>{t('path.edit.after')}</legend>
          {others.map((other) => (
            <label key={other.id} className="checkbox">
              <input
                type="checkbox"
                checked={form.after.includes(other.id)}
                onChange={(e) =>
                  set({
                    after: e.target.checked
                      ? [...form.after, other.id]
                      : form.after.filter((id) => id !== other.id),
                  })
                }
              />
              {titleOf(other.id)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <FormProblem message={problem} />
      {error ? <ErrorMessage error={error} /> : null}
      <div className="form-actions">
        <button type="button" className="button primary" onClick={() => void save()}>
          {t('path.edit.save')}
        </button>
        {milestone.effortHours >= 2 ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => void splitMilestone(milestone.id, t('path.edit.splitTitle', { title }))}
          >
            {t('path.edit.split')}
          </button>
        ) : null}
        {saved ? (
          <p className="form-saved" role="status">
            {t('path.edit.saved')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
