import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SectionHeading } from '../../../components/SectionHeading';
import { deleteCustomDomain, resetDomain, setTargets } from '../../../state/skills-store';
import { useSkillsView } from '../../../views/use-skills-view';
import { DomainFacts } from './DomainFacts';
import { GateChecklist } from './GateChecklist';
import { ScoreBreakdown } from './ScoreBreakdown';

// The charting library is large; only this page needs it, so it loads on first use.
const LevelsChart = lazy(() => import('./LevelsChart').then((module) => ({ default: module.LevelsChart })));

/** One domain explained: its score line by line, the gaps, the gates, the facts. */
export function DomainDetail({ domainId }: { domainId: string }) {
  const { t } = useTranslation();
  const view = useSkillsView();
  const [, navigate] = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const score = view.scoreOf(domainId);
  if (!score) {
    return (
      <>
        <SectionHeading title={t('skills.title')} />
        <p>{t('skills.detail.notFound')}</p>
        <Link href="/skills">{t('skills.detail.back')}</Link>
      </>
    );
  }
  const { domain } = score;
  const targets = view.section.targets;
  const isTarget = targets.includes(domain.id);
  const run = async (action: Promise<ApiError | null>) => setError(await action);

  return (
    <>
      <Link href="/skills">← {t('skills.detail.back')}</Link>
      <SectionHeading title={domain.name} intro={domain.description} />
      <p className="fit-headline">{t('skills.ranking.fit', { fit: score.fit })}</p>
      {score.blockedBy.map((gate) => (
        <p key={gate.id} className="gate-badge">
          {t('skills.ranking.blocked', { gate: gate.label })}
        </p>
      ))}
      <div className="form-actions">
        {isTarget ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => void run(setTargets(targets.filter((id) => id !== domain.id)))}
          >
            {t('skills.detail.removeTarget')}
          </button>
        ) : (
          <button
            type="button"
            className="button primary"
            disabled={targets.length >= 2}
            onClick={() => void run(setTargets([...targets, domain.id]))}
          >
            {t('skills.detail.setTarget')}
          </button>
        )}
        {!isTarget && targets.length >= 2 ? (
          <p className="muted-text">{t('skills.detail.targetLimit')}</p>
        ) : null}
        <Link href={`/skills/domain/${domain.id}/edit`} className="button secondary">
          {t('skills.detail.edit')}
        </Link>
        {domain.origin === 'edited' && domain.catalogueId ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => void run(resetDomain(domain.catalogueId ?? ''))}
          >
            {t('skills.detail.reset')}
          </button>
        ) : null}
        {domain.origin === 'custom' ? (
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              void deleteCustomDomain(domain.id).then((problem) =>
                problem ? setError(problem) : navigate('/skills'),
              )
            }
          >
            {t('skills.detail.delete')}
          </button>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <section aria-labelledby="gaps-title">
        <h2 id="gaps-title">{t('skills.detail.gaps')}</h2>
        {score.gaps.length === 0 ? (
          <p>{t('skills.detail.noGaps')}</p>
        ) : (
          <ol className="gap-list">
            {score.gaps.map((gap) => (
              <li key={`${gap.required ? 'r' : 'o'}-${gap.skillId}`}>
                {t('skills.detail.gapLine', {
                  skill: view.nameOf(gap.skillId),
                  need: gap.need,
                  have: gap.have,
                })}
                {gap.required ? null : ` (${t('skills.detail.optionalTag')})`}
              </li>
            ))}
          </ol>
        )}
      </section>
      <GateChecklist domainId={domain.id} gates={domain.gates} gatesMet={view.gatesMet} />
      <ScoreBreakdown score={score} nameOf={view.nameOf} />
      <Suspense fallback={null}>
        <LevelsChart score={score} nameOf={view.nameOf} />
      </Suspense>
      <DomainFacts domain={domain} />
    </>
  );
}
