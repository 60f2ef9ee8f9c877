/** Gig work: the platforms, the work logged on them, payouts and screenings (issue 14). */
import { useTranslation } from 'react-i18next';
import { SectionHeading } from '../../components/SectionHeading';
import { VolatilityButtons } from '../../components/gig/VolatilityButtons';
import { EffectiveRates } from './EffectiveRates';
import { PayoutImport } from './PayoutImport';
import { Platforms } from './Platforms';
import { Screenings } from './Screenings';
import { useGigContext } from './use-gig-context';
import { WorkLog } from './WorkLog';

export function GigPage() {
  const { t } = useTranslation();
  const context = useGigContext();
  return (
    <>
      <SectionHeading title={t('gig.title')} intro={t('gig.intro')} />
      <Platforms context={context} />
      <EffectiveRates context={context} />
      {/* What-ifs on this income (a project ending, a rate cut, empty weeks) beside what it pays. */}
      {context.section.entries.length > 0 ? <VolatilityButtons /> : null}
      <WorkLog context={context} />
      <PayoutImport context={context} />
      <Screenings context={context} />
    </>
  );
}
