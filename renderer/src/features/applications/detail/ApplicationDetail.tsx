import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { SectionHeading } from '../../../components/SectionHeading';
import { updateApplication, useApplicationsStore } from '../../../state/applications-store';
import { ApplicationForm } from './ApplicationForm';
import { DeleteApplication } from './DeleteApplication';
import { MoveStage } from './MoveStage';
import { ScamCheck } from './ScamCheck';
import { StageHistory } from './StageHistory';

/** One application: where it stands, its history, and every field to edit. */
export function ApplicationDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const application = useApplicationsStore((state) => state.section.applications.find((a) => a.id === id));
  if (!application) {
    return (
      <>
        <SectionHeading title={t('applications.title')} />
        <p>{t('applications.detail.notFound')}</p>
        <Link href="/applications">{t('applications.form.cancel')}</Link>
      </>
    );
  }
  const title = application.role
    ? `${application.organisation} — ${application.role}`
    : application.organisation;
  return (
    <>
      <SectionHeading title={title} />
      <p>
        <Link href="/applications">{t('applications.form.cancel')}</Link>
      </p>
      <div className="detail-columns">
        <div>
          <MoveStage application={application} />
          <StageHistory application={application} />
          <ScamCheck application={application} />
          <DeleteApplication application={application} />
        </div>
        <section aria-labelledby="application-fields">
          <h2 id="application-fields">{t('applications.form.editTitle')}</h2>
          <ApplicationForm
            key={application.id}
            application={application}
            isNew={false}
            onSubmit={(fields) => updateApplication(application.id, fields)}
          />
        </section>
      </div>
    </>
  );
}
