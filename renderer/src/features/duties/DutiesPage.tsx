/** Claimant duties: France's monthly actualisation and weekly activity, a US state's weekly work search (issue 14). */
import { useTranslation } from 'react-i18next';
import { SectionHeading } from '../../components/SectionHeading';
import { useDutiesView, type DutiesView } from '../../views/use-duties-view';
import { ActivityHours } from './ActivityHours';
import { Actualisation } from './Actualisation';
import { ExportStateLog } from './ExportStateLog';
import { StateRule } from './StateRule';
import { WeekChecks } from './WeekChecks';
import { WorkSearchLog } from './WorkSearchLog';

/** The checks go back eight weeks: two claim cycles of a biweekly certification, and a month of actualisation. */
const WEEKS_SHOWN = 8;

function FranceDuties({ view }: { view: DutiesView }) {
  return (
    <>
      <Actualisation view={view} />
      <ActivityHours view={view} />
    </>
  );
}

function UsDuties({ view }: { view: DutiesView }) {
  return (
    <>
      <StateRule view={view} />
      {view.rule ? (
        <>
          <WeekChecks view={view} />
          <WorkSearchLog view={view} rule={view.rule} />
          <ExportStateLog view={view} rule={view.rule} />
        </>
      ) : null}
    </>
  );
}

/** France's duties for a French profile, the US work search for an American one; both elsewhere, US first. */
export function DutiesPage() {
  const { t } = useTranslation();
  const view = useDutiesView(WEEKS_SHOWN);
  return (
    <>
      <SectionHeading title={t('duties.title')} intro={t('duties.intro')} />
      {view.country === 'FR' ? <FranceDuties view={view} /> : <UsDuties view={view} />}
      {view.country !== 'FR' && view.country !== 'US' ? <FranceDuties view={view} /> : null}
    </>
  );
}
