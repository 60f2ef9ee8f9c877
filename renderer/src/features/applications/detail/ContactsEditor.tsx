import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { APPLICATION_LIMITS } from '../../../../../preload/contract/applications-section';
import { DayField } from '../../../components/DayField';
import { Field } from '../../../components/Field';
import { FieldArrayEditor } from '../../../components/forms/FieldArrayEditor';
import { LongTextField } from '../../../components/forms/LongTextField';
import { blankContact, type ApplicationFormValues } from './application-form-model';

/** The people at the organisation: who they are, how to reach them, when you last spoke. */
export function ContactsEditor(props: {
  form: UseFormReturn<ApplicationFormValues>;
  message: (error: string | undefined) => string | undefined;
}) {
  const { t } = useTranslation();
  const { register } = props.form;
  const errors = props.form.formState.errors.contacts;
  return (
    <FieldArrayEditor
      control={props.form.control}
      name="contacts"
      legend={t('applications.form.contacts')}
      itemLegend={(number) => t('applications.form.contact', { number })}
      addLabel={t('applications.form.addContact')}
      removeLabel={(number) => t('applications.form.removeContact', { number })}
      max={APPLICATION_LIMITS.contacts}
      blank={blankContact}
      renderItem={(index) => {
        const error = errors?.[index];
        return (
          <>
            <div className="grid-fields">
              <Field
                compact
                label={t('applications.form.contactName')}
                error={props.message(error?.name?.message)}
              >
                <input type="text" autoComplete="off" {...register(`contacts.${index}.name`)} />
              </Field>
              <Field
                compact
                label={t('applications.form.contactRole')}
                error={props.message(error?.role?.message)}
              >
                <input type="text" {...register(`contacts.${index}.role`)} />
              </Field>
              <Field
                compact
                label={t('applications.form.email')}
                error={props.message(error?.email?.message)}
              >
                <input type="email" autoComplete="off" {...register(`contacts.${index}.email`)} />
              </Field>
              <Field
                compact
                label={t('applications.form.phone')}
                error={props.message(error?.phone?.message)}
              >
                <input type="tel" autoComplete="off" {...register(`contacts.${index}.phone`)} />
              </Field>
              <DayField
                label={t('applications.form.lastContacted')}
                error={props.message(error?.lastContacted?.message)}
                registration={register(`contacts.${index}.lastContacted`)}
              />
            </div>
            <LongTextField
              compact
              label={t('applications.form.contactNotes')}
              error={props.message(error?.notes?.message)}
              max={APPLICATION_LIMITS.contact.notes}
              rows={2}
              control={props.form.control}
              name={`contacts.${index}.notes`}
            />
          </>
        );
      }}
    />
  );
}
