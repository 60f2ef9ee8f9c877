import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useFormatters } from '../../../components/use-formatters';
import { useDatePatternHint } from '../../../components/use-date-pattern-hint';
import { moneyInputText } from '../../../domain/money';
import { BudgetField } from './BudgetField';
import { readFields, type FieldSpec, type ReadValues, type TypedValues } from './field-values';

/**
 * A list the user keeps in the budget (accounts, expenses, side work…): each row with Edit
 * and Remove, and one form to add a row or change the one being edited. Nothing is saved
 * until every field reads; a bad field keeps what was typed and says what is wrong.
 */
export function ListEditor<T extends { id: string }>(props: {
  title: string;
  addLabel: string;
  empty: string;
  items: readonly T[];
  specs: readonly FieldSpec[];
  blank: TypedValues;
  describe: (item: T) => ReactNode;
  /** The row's name in button labels: "Edit Rent", "Remove Rent". */
  nameOf: (item: T) => string;
  toTyped: (item: T) => TypedValues;
  fromRead: (values: ReadValues, id: string) => T;
  newId: (values: ReadValues) => string;
  save: (items: T[]) => Promise<ApiError | null>;
  max: number;
}) {
  const { t } = useTranslation();
  const { dateLocale, numberLocale, datePattern } = useFormatters();
  const hint = useDatePatternHint(datePattern);
  const [typed, setTyped] = useState<TypedValues>(props.blank);
  const [editing, setEditing] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async () => {
    const read = readFields(props.specs, typed, { dateLocale, numberLocale });
    if ('problems' in read) {
      const example = moneyInputText(245050, numberLocale);
      return setProblems(
        Object.fromEntries(
          Object.entries(read.problems).map(([key, p]) => [
            key,
            t(p.key as 'errors.required', { pattern: hint.pattern, example, ...p.values }),
          ]),
        ),
      );
    }
    setProblems({});
    const id = editing ?? props.newId(read.values);
    const item = props.fromRead(read.values, id);
    const items = editing
      ? props.items.map((existing) => (existing.id === editing ? item : existing))
      : [...props.items, item];
    const failure = await props.save(items);
    setError(failure);
    if (!failure) {
      setTyped(props.blank);
      setEditing(null);
    }
  };
  return (
    <section className="card" aria-label={props.title}>
      <h2>{props.title}</h2>
      {props.items.length === 0 ? <p className="muted-text">{props.empty}</p> : null}
      <ul className="budget-list">
        {props.items.map((item) => (
          <li key={item.id}>
            <span>{props.describe(item)}</span>
            <button
              type="button"
              className="button secondary small"
              aria-label={t('budget.list.editItem', { name: props.nameOf(item) })}
              onClick={() => (setEditing(item.id), setTyped(props.toTyped(item)), setProblems({}))}
            >
              {t('budget.list.edit')}
            </button>
            <button
              type="button"
              className="button secondary small"
              aria-label={t('budget.list.removeItem', { name: props.nameOf(item) })}
              onClick={() =>
                void props.save(props.items.filter((other) => other.id !== item.id)).then(setError)
              }
            >
              {t('budget.list.remove')}
            </button>
          </li>
        ))}
      </ul>
      {props.items.length < props.max || editing ? (
        <div className="inline-fields">
          {props.specs.map((spec) => (
            <BudgetField
              key={spec.key}
              spec={spec}
              value={typed[spec.key] ?? ''}
              dateHint={hint.text}
              error={problems[spec.key]}
              onChange={(value) => setTyped({ ...typed, [spec.key]: value })}
            />
          ))}
          <button type="button" className="button secondary" onClick={() => void submit()}>
            {editing ? t('budget.list.saveChanges') : props.addLabel}
          </button>
          {editing ? (
            <button
              type="button"
              className="button secondary"
              onClick={() => (setEditing(null), setTyped(props.blank), setProblems({}))}
            >
              {t('budget.list.cancel')}
            </button>
          ) : null}
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
