import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CURRENCY_CODES } from '../../../../preload/contract/document-enums';
import type { ApiError } from '../../../../preload/contract/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/forms/SelectField';
import { useFieldMessage } from '../../components/forms/use-field-message';
import { platformNameTaken } from '../../domain/gig/gig-log';
import { useGigStore } from '../../state/gig-store';
import { platformSchema, type PlatformValues } from './platform-form-model';

/** A platform's name and currency, to add one (`editingId` null) or change one. */
export function PlatformForm(props: {
  initial: PlatformValues;
  editingId: string | null;
  submitLabel: string;
  onSave: (values: PlatformValues) => Promise<ApiError | null>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFieldMessage();
  const form = useForm<PlatformValues>({
    defaultValues: props.initial,
    resolver: zodResolver(
      platformSchema((name) => platformNameTaken(useGigStore.getState().section, name, props.editingId)),
    ),
  });
  const [error, setError] = useState<ApiError | null>(null);
  const save = form.handleSubmit(async (values) => {
    const failure = await props.onSave(values);
    setError(failure);
    if (!failure && props.editingId === null) form.reset({ ...values, name: '' });
  });
  return (
    <form className="inline-fields" onSubmit={(event) => void save(event)} noValidate>
      <Field compact label={t('gig.platforms.name')} error={message(form.formState.errors.name?.message)}>
        <input type="text" autoComplete="off" {...form.register('name')} />
      </Field>
      <SelectField
        compact
        label={t('gig.platforms.currency')}
        options={CURRENCY_CODES.map((code) => ({ value: code, label: code }))}
        registration={form.register('currency')}
      />
      <button type="submit" className="button secondary">
        {props.submitLabel}
      </button>
      {props.onCancel ? (
        <button type="button" className="button secondary" onClick={props.onCancel}>
          {t('gig.platforms.cancel')}
        </button>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
