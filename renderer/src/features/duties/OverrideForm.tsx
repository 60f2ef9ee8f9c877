import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ApiError } from '../../../../preload/contract/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useFieldMessage } from '../../components/forms/use-field-message';
import {
  overrideFrom,
  overrideSchema,
  toOverrideValues,
  type OverrideKind,
  type OverrideValues,
} from './override-form-model';

/** The user's own figure (activities a week, weekly hours); empty goes back to the rule's. */
export function OverrideForm(props: {
  kind: OverrideKind;
  current: number | null;
  label: string;
  hint: string;
  submit: string;
  saved: string;
  onSave: (value: number | null) => Promise<ApiError | null>;
}) {
  const { message } = useFieldMessage();
  const form = useForm<OverrideValues>({
    defaultValues: toOverrideValues(props.current),
    resolver: zodResolver(overrideSchema(props.kind)),
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const save = form.handleSubmit(async (values) => {
    const failure = await props.onSave(overrideFrom(values, props.kind));
    setError(failure);
    setSaved(!failure);
  });
  return (
    <form className="inline-fields" onSubmit={(event) => void save(event)} noValidate>
      <Field
        compact
        label={props.label}
        hint={props.hint}
        error={message(form.formState.errors.value?.message)}
      >
        <input type="text" inputMode="numeric" autoComplete="off" {...form.register('value')} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button secondary">
          {props.submit}
        </button>
        {saved ? (
          <p className="form-saved" role="status">
            {props.saved}
          </p>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
