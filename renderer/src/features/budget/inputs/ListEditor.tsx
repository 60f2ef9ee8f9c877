import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { uniqueId } from '../../../domain/unique-id';
import type { FieldSpec, ReadValues, TypedValues } from './budget-form-model';
import { useBudgetForm } from './use-budget-form';

/**
 * A list the user keeps in the budget (accounts, expenses, side work…): each row with Edit
 * and Remove, and one form to add a row or change the one being edited. Nothing is saved
 * until every field reads; a bad field keeps what was typed and says what is wrong.
 */
export function ListEditor<T extends { id: string }>(props: {
  title: string;
  /** A sentence under the title: what the list is for. */
  intro?: string;
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
  /** The text a new row's id is made from ("Rent" → "rent"), and the id when it has none. */
  idText: (values: ReadValues) => string;
  idFallback: string;
  /** Ids a new row may not take (the built-in scenarios). */
  reservedIds?: readonly string[];
  /**
   * Changes the saved list. The change runs on the list as main last accepted it, so two
   * quick changes (two removals in a row) both land instead of the second undoing the first.
   */
  update: (change: (items: readonly T[]) => T[]) => Promise<ApiError | null>;
  max: number;
}) {
  const { t } = useTranslation();
  const form = useBudgetForm(props.blank, props.specs);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const save = async (values: ReadValues) => {
    const failure = await props.update((items) => {
      if (editing)
        return items.map((existing) =>
          existing.id === editing ? props.fromRead(values, editing) : existing,
        );
      const taken = new Set([...(props.reservedIds ?? []), ...items.map((existing) => existing.id)]);
      return [...items, props.fromRead(values, uniqueId(props.idText(values), taken, props.idFallback))];
    });
    setError(failure);
    if (!failure) {
      form.reset(props.blank);
      setEditing(null);
    }
  };
  const edit = (item: T | null) => {
    setEditing(item?.id ?? null);
    form.reset(item ? props.toTyped(item) : props.blank);
  };
  return (
    <section className="card" aria-label={props.title}>
      <h2>{props.title}</h2>
      {props.intro ? <p className="muted-text">{props.intro}</p> : null}
      {props.items.length === 0 ? <p className="muted-text">{props.empty}</p> : null}
      <ul className="budget-list">
        {props.items.map((item) => (
          <li key={item.id}>
            <span>{props.describe(item)}</span>
            <button
              type="button"
              className="button secondary small"
              aria-label={t('budget.list.editItem', { name: props.nameOf(item) })}
              onClick={() => edit(item)}
            >
              {t('budget.list.edit')}
            </button>
            <button
              type="button"
              className="button secondary small"
              aria-label={t('budget.list.removeItem', { name: props.nameOf(item) })}
              onClick={() =>
                void props.update((items) => items.filter((other) => other.id !== item.id)).then(setError)
              }
            >
              {t('budget.list.remove')}
            </button>
          </li>
        ))}
      </ul>
      {props.items.length < props.max || editing
        ? form.fields(
            <>
              <button type="button" className="button secondary" onClick={() => form.submit(save)}>
                {editing ? t('budget.list.saveChanges') : props.addLabel}
              </button>
              {editing ? (
                <button type="button" className="button secondary" onClick={() => edit(null)}>
                  {t('budget.list.cancel')}
                </button>
              ) : null}
            </>,
          )
        : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
