import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { APPLICATION_LIMITS } from '../../../../../preload/contract/applications-section';
import { DayField } from '../../../components/DayField';
import { Field } from '../../../components/Field';
import { FieldArrayEditor } from '../../../components/forms/FieldArrayEditor';
import { LongTextField } from '../../../components/forms/LongTextField';
import { blankAssessment, type ApplicationFormValues } from './application-form-model';

/** Tests and tasks the organisation set: what, by when, and how it went. */
export function AssessmentsEditor(props: {
  form: UseFormReturn<ApplicationFormValues>;
  message: (error: string | undefined) => string | undefined;
}) {
  const { t } = useTranslation();
  const { register } = props.form;
  const errors = props.form.formState.errors.assessments;
  return (
    <FieldArrayEditor
      control={props.form.control}
      name="assessments"
      legend={t('applications.form.assessments')}
      itemLegend={(number) => t('applications.form.assessment', { number })}
      addLabel={t('applications.form.addAssessment')}
      removeLabel={(number) => t('applications.form.removeAssessment', { number })}
      max={APPLICATION_LIMITS.assessments}
      blank={blankAssessment}
      renderItem={(index) => {
        const error = errors?.[index];
        return (
          <div className="grid-fields">
            <Field
              compact
              label={t('applications.form.assessmentKind')}
              error={props.message(error?.kind?.message)}
            >
              <input type="text" {...register(`assessments.${index}.kind`)} />
            </Field>
            <DayField
              label={t('applications.form.assessmentDeadline')}
              error={props.message(error?.deadline?.message)}
              registration={register(`assessments.${index}.deadline`)}
            />
            <LongTextField
              compact
              label={t('applications.form.assessmentResult')}
              error={props.message(error?.result?.message)}
              max={APPLICATION_LIMITS.assessment.result}
              control={props.form.control}
              name={`assessments.${index}.result`}
            />
          </div>
        );
      }}
    />
  );
}
