import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { blankContact, type ApplicationFormValues } from './application-form-model';

type Message = (key: string | undefined, max?: number) => string | undefined;

/** The people at the organisation: who they are, how to reach them, when you last spoke. */
export function ContactsEditor(props: {
  form: UseFormReturn<ApplicationFormValues>;
  message: Message;
  dateHint: string;
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: props.form.control, name: 'contacts' });
  const { register } = props.form;
  const errors = props.form.formState.errors.contacts;
  return (
    <fieldset>
      <legend>{t('applications.form.contacts')}</legend>
      {fields.map((field, index) => {
        const number = index + 1;
        const error = errors?.[index];
        return (
          <fieldset key={field.id} className="sub-fieldset">
            <legend>{t('applications.form.contact', { number })}</legend>
            <div className="grid-fields">
              <Field
                compact
                label={t('applications.form.contactName')}
                error={props.message(error?.name?.message, 120)}
              >
                <input type="text" autoComplete="off" {...register(`contacts.${index}.name`)} />
              </Field>
              <Field
                compact
                label={t('applications.form.contactRole')}
                error={props.message(error?.role?.message, 120)}
              >
                <input type="text" {...register(`contacts.${index}.role`)} />
              </Field>
              <Field
                compact
                label={t('applications.form.email')}
                error={props.message(error?.email?.message, 200)}
              >
                <input type="email" autoComplete="off" {...register(`contacts.${index}.email`)} />
              </Field>
              <Field
                compact
                label={t('applications.form.phone')}
                error={props.message(error?.phone?.message, 60)}
              >
                <input type="tel" autoComplete="off" {...register(`contacts.${index}.phone`)} />
              </Field>
              <Field
                compact
                label={t('applications.form.lastContacted')}
                hint={props.dateHint}
                error={props.message(error?.lastContacted?.message)}
              >
                <input
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  {...register(`contacts.${index}.lastContacted`)}
                />
              </Field>
            </div>
            <Field
              compact
              label={t('applications.form.contactNotes')}
              error={props.message(error?.notes?.message, 1000)}
            >
              <textarea rows={2} {...register(`contacts.${index}.notes`)} />
            </Field>
            <button type="button" className="button secondary small" onClick={() => remove(index)}>
              {t('applications.form.removeContact', { number })}
            </button>
          </fieldset>
        );
      })}
      {fields.length < 30 ? (
        <button type="button" className="button secondary small" onClick={() => append(blankContact())}>
          {t('applications.form.addContact')}
        </button>
      ) : null}
    </fieldset>
  );
}
