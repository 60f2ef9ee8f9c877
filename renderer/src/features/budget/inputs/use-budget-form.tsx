/**
 * One of the budget's small forms on react-hook-form: the schema comes from its fields'
 * specs (budget-form-model.ts), each problem shows next to its field, what was typed is always
 * kept, and `submit` hands over the values as saved (cents, ISO days) only once all read.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import { useBudgetContext } from '../../../views/use-budget-context';
import { BudgetField } from './BudgetField';
import {
  budgetFormSchema,
  readBudgetValues,
  type FieldSpec,
  type ReadValues,
  type TypedValues,
} from './budget-form-model';

/**
 * `onTyped` hears every change as typed: a form whose tab may unmount (the ARE estimator) keeps
 * its draft elsewhere with it, and starts from that draft as `initial` when it comes back.
 */
export function useBudgetForm(
  initial: TypedValues | (() => TypedValues),
  specs: readonly FieldSpec[],
  onTyped?: (values: TypedValues) => void,
) {
  const { formatters } = useBudgetContext();
  const locales = { dateLocale: formatters.dateLocale, numberLocale: formatters.numberLocale };
  const { message } = useFieldMessage();
  const [defaults] = useState(initial);
  const form = useForm<TypedValues>({
    defaultValues: defaults,
    // Built each render: the fields shown can change (the benefits under France's rule), and
    // react-hook-form checks with the resolver of the latest render.
    resolver: zodResolver(budgetFormSchema(specs, locales)),
    mode: 'onSubmit',
  });
  const { subscribe } = form;
  useEffect(() => {
    if (!onTyped) return;
    return subscribe({ formState: { values: true }, callback: ({ values }) => onTyped({ ...values }) });
  }, [subscribe, onTyped]);
  const fields = (after?: ReactNode) => (
    <div className="inline-fields">
      {specs.map((spec) => (
        <BudgetField
          key={spec.key}
          spec={spec}
          registration={form.register(spec.key)}
          error={message(form.formState.errors[spec.key]?.message)}
        />
      ))}
      {after}
    </div>
  );
  /** Runs `onValid` with the saved values, or shows what is wrong and runs `onInvalid`. */
  const submit = (onValid: (values: ReadValues) => unknown, onInvalid?: () => void) =>
    void form.handleSubmit(
      async (typed) => {
        await onValid(readBudgetValues(specs, typed, locales));
      },
      () => onInvalid?.(),
    )();
  const reset = (values: TypedValues) => form.reset(values);
  return { fields, submit, reset };
}
