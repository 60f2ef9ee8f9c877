import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { SectionHeading } from '../../../components/SectionHeading';
import { addApplication, useApplicationsStore } from '../../../state/applications-store';
import { ApplicationForm } from './ApplicationForm';
import {
  BLANK_APPLICATION,
  newApplication,
  type ApplicationFields,
} from '../../../domain/applications/new-application';

export function NewApplication() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const create = async (fields: ApplicationFields) => {
    const taken = new Set(useApplicationsStore.getState().section.applications.map((a) => a.id));
    const error = await addApplication(newApplication(fields, taken));
    if (!error) navigate('/applications');
    return error;
  };
  return (
    <>
      <SectionHeading title={t('applications.form.newTitle')} />
      <p>
        <Link href="/applications">{t('applications.form.cancel')}</Link>
      </p>
      <ApplicationForm application={BLANK_APPLICATION} isNew onSubmit={create} />
    </>
  );
}
