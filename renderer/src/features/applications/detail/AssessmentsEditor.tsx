import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { blankAssessment, type ApplicationFormValues } from './application-form-model';

type Message = (key: string | undefined, max?: number) => string | undefined;

/** Tests and tasks the organisation set: what, by when, and how it went. */
export function AssessmentsEditor(props: {
  form: UseFormReturn<ApplicationFormValues>;
  message: Message;
  dateHint: string;
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: props.form.control, name: 'assessments' });
  const { register } = props.form;
  const errors = props.form.formState.errors.assessments;
  return (
    <fieldset>
      <legend>{t('applications.form.assessments')}</legend>
      {fields.map((field, index) => {
        const number = index + 1;
        const error = errors?.[index];
        return (
          <fieldset key={field.id} className="sub-fieldset">
            <legend>{t('applications.form.assessment', { number })}</legend>
            <div className="grid-fields">
              <Field
                compact
                label={t('applications.form.assessmentKind')}
                error={props.message(error?.kind?.message, 120)}
              >
                <input type="text" {...register(`assessments.${index}.kind`)} />
              </Field>
              <Field
                compact
                label={t('applications.form.assessmentDeadline')}
                hint={props.dateHint}
                error={props.message(error?.deadline?.message)}
              >
                <input
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  {...register(`assessments.${index}.deadline`)}
                />
              </Field>
              <Field
                compact
                label={t('applications.form.assessmentResult')}
                error={props.message(error?.result?.message, 300)}
              >
                <input type="text" {...register(`assessments.${index}.result`)} />
              </Field>
            </div>
            <button type="button" className="button secondary small" onClick={() => remove(index)}>
              {t('applications.form.removeAssessment', { number })}
            </button>
          </fieldset>
        );
      })}
      {fields.length < 30 ? (
        <button type="button" className="button secondary small" onClick={() => append(blankAssessment())}>
          {t('applications.form.addAssessment')}
        </button>
      ) : null}
    </fieldset>
  );
}
