import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { DayField } from '../../../components/DayField';
import { Field } from '../../../components/Field';
import { SelectField } from '../../../components/forms/SelectField';
import type { FieldSpec } from './budget-form-model';

/** One typed field of a budget form, by its kind: text, amount, date, number, choice, tick. */
export function BudgetField(props: {
  spec: FieldSpec;
  registration: UseFormRegisterReturn;
  error: string | undefined;
}) {
  const { spec } = props;
  const id = useId();
  if (spec.kind === 'checkbox') {
    return (
      <div className="field compact checkbox-field">
        <input id={id} type="checkbox" {...props.registration} />
        <label htmlFor={id}>{spec.label}</label>
      </div>
    );
  }
  if (spec.kind === 'day' || spec.kind === 'optional-day') {
    return (
      <DayField label={spec.label} hint={spec.hint} error={props.error} registration={props.registration} />
    );
  }
  if (spec.kind === 'select') {
    return (
      <SelectField
        compact
        label={spec.label}
        hint={spec.hint}
        error={props.error}
        options={spec.options ?? []}
        registration={props.registration}
      />
    );
  }
  return (
    <Field compact label={spec.label} hint={spec.hint} error={props.error}>
      <input
        type="text"
        inputMode={spec.kind === 'text' ? undefined : spec.kind === 'int' ? 'numeric' : 'decimal'}
        autoComplete="off"
        className={spec.kind === 'int' ? 'hours-input' : undefined}
        {...props.registration}
      />
    </Field>
  );
}
