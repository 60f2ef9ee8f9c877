import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../../preload/contract/applications-section';
import type { ApiError } from '../../../../../preload/contract/result';
import { Field } from '../../../components/Field';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import { renameApplicationStage } from '../../../state/applications-store';
import { renamedTo, stageNameSchema, type StageNameValues } from './stage-name-form-model';

/** One stage: its name (saved when the field is left), up, down and archive. */
export function StageRow(props: {
  stage: Stage;
  label: string;
  first: boolean;
  last: boolean;
  fallbackLabel: string | null;
  onMove: (by: -1 | 1) => void;
  onArchive: () => void;
  onError: (error: ApiError | null) => void;
}) {
  const { t } = useTranslation();
  const { message } = useFieldMessage();
  const form = useForm<StageNameValues>({
    defaultValues: { name: props.label },
    resolver: zodResolver(stageNameSchema()),
    mode: 'onSubmit',
  });
  // Saved when the field is left; a name too long stays as typed, with the reason beside it.
  const rename = form.handleSubmit(async (values) => {
    const name = renamedTo(values, props.label);
    if (name !== null) props.onError(await renameApplicationStage(props.stage.id, name));
  });
  return (
    <li className="stage-row">
      <Field
        compact
        label={t('applications.settings.stageName', { stage: props.label })}
        error={message(form.formState.errors.name?.message)}
      >
        <input type="text" {...form.register('name', { onBlur: () => void rename() })} />
      </Field>
      <button
        type="button"
        className="button secondary small"
        disabled={props.first}
        onClick={() => props.onMove(-1)}
      >
        {t('applications.settings.upShort')}
      </button>
      <button
        type="button"
        className="button secondary small"
        disabled={props.last}
        onClick={() => props.onMove(1)}
      >
        {t('applications.settings.downShort')}
      </button>
      {props.fallbackLabel ? (
        <button
          type="button"
          className="button secondary small"
          aria-label={t('applications.settings.archive', { stage: props.label })}
          title={t('applications.settings.archiveMovesTo', { stage: props.fallbackLabel })}
          onClick={props.onArchive}
        >
          {t('applications.settings.archiveShort')}
        </button>
      ) : null}
    </li>
  );
}
