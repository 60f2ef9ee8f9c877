import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { SectionHeading } from '../../../components/SectionHeading';
import { useFormatters } from '../../../components/use-formatters';
import { useSkillsView } from '../../../views/use-skills-view';

/** Two or three domains side by side: fit, gates, biggest gaps, pay, time to ready. */
export function CompareDomains({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const view = useSkillsView();
  const { money } = useFormatters();
  const scores = ids.map((id) => view.scoreOf(id)).filter((score) => score !== undefined);
  const none = t('skills.compare.nothing');
  return (
    <>
      <Link href="/skills">← {t('skills.detail.back')}</Link>
      <SectionHeading title={t('skills.compare.title')} />
      {scores.length < 2 ? (
        <p>{t('skills.compare.pick')}</p>
      ) : (
        <table className="data-table compare">
          <thead>
            <tr>
              <td />
              {scores.map((score) => (
                <th key={score.domain.id} scope="col">
                  <Link href={`/skills/domain/${score.domain.id}`}>{score.domain.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('skills.compare.fit')}</th>
              {scores.map((score) => (
                <td key={score.domain.id}>{score.fit} / 100</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('skills.compare.blocked')}</th>
              {scores.map((score) => (
                <td key={score.domain.id}>{score.blockedBy.map((gate) => gate.label).join('; ') || none}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('skills.compare.gaps')}</th>
              {scores.map((score) => (
                <td key={score.domain.id}>
                  {score.gaps
                    .slice(0, 3)
                    .map((gap) => `${view.nameOf(gap.skillId)} (${gap.have}→${gap.need})`)
                    .join(', ') || none}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('skills.compare.pay')}</th>
              {scores.map(({ domain }) => (
                <td key={domain.id}>
                  {domain.pay
                    ? `${money(domain.pay.minMinor, domain.pay.currency)}${domain.pay.maxMinor ? `–${money(domain.pay.maxMinor, domain.pay.currency)}` : '+'} / ${t(`skills.detail.payUnit.${domain.pay.unit}`)} (${domain.pay.source}, ${domain.pay.reported})`
                    : none}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('skills.compare.ready')}</th>
              {scores.map(({ domain }) => (
                <td key={domain.id}>
                  {domain.readyWeeks
                    ? `${domain.readyWeeks.withStrongBackground}–${domain.readyWeeks.fromScratch}`
                    : none}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
    </>
  );
}
