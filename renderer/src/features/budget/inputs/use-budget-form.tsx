/**
 * The state of one of the budget's small forms: what was typed, the problems found when it
 * was read, and the fields themselves. Reading either gives the values or shows, next to each
 * field, what is wrong; what was typed is always kept.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatePatternHint } from '../../../components/use-date-pattern-hint';
import { moneyInputText } from '../../../domain/money';
import { useBudgetContext } from '../../../views/use-budget-context';
import { BudgetField } from './BudgetField';
import { readFields, type FieldSpec, type ReadValues, type TypedValues } from './field-values';

export function useBudgetForm(initial: TypedValues | (() => TypedValues)) {
  const { t } = useTranslation();
  const { formatters } = useBudgetContext();
  const hint = useDatePatternHint(formatters.datePattern);
  const [typed, setTyped] = useState<TypedValues>(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const read = (specs: readonly FieldSpec[]): ReadValues | null => {
    const outcome = readFields(specs, typed, formatters);
    if ('values' in outcome) {
      setProblems({});
      return outcome.values;
    }
    const example = moneyInputText(245050, formatters.numberLocale);
    setProblems(
      Object.fromEntries(
        Object.entries(outcome.problems).map(([key, problem]) => [
          key,
          t(problem.key as 'errors.required', { pattern: hint.pattern, example, ...problem.values }),
        ]),
      ),
    );
    return null;
  };
  const fields = (specs: readonly FieldSpec[], after?: ReactNode) => (
    <div className="inline-fields">
      {specs.map((spec) => (
        <BudgetField
          key={spec.key}
          spec={spec}
          value={typed[spec.key] ?? ''}
          dateHint={hint.text}
          error={problems[spec.key]}
          onChange={(value) => setTyped((current) => ({ ...current, [spec.key]: value }))}
        />
      ))}
      {after}
    </div>
  );
  const reset = (values: TypedValues) => {
    setTyped(values);
    setProblems({});
  };
  return { typed, read, fields, reset };
}
