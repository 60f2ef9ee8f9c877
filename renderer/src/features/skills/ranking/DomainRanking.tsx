import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { ratingsTooUniform } from '../../../domain/matching/score';
import { useSkillsView } from '../../../views/use-skills-view';
import { RankingItem } from './RankingItem';

/** Every domain ranked by fit, as bars with their gate badges, plus targets and compare. */
export function DomainRanking() {
  const { t } = useTranslation();
  const view = useSkillsView();
  const [, navigate] = useLocation();
  const [picked, setPicked] = useState<string[]>([]);
  const levels = view.section.ratings.map((rating) => rating.level);
  const toggle = (id: string, on: boolean) =>
    setPicked((current) => (on ? [...current, id].slice(-3) : current.filter((other) => other !== id)));

  return (
    <>
      <section className="card" aria-labelledby="targets-title">
        <h2 id="targets-title">{t('skills.targets.title')}</h2>
        {view.section.targets.length === 0 ? (
          <p>{t('skills.targets.none')}</p>
        ) : (
          <ul className="plain-list">
            {view.section.targets.map((id) => {
              const score = view.scoreOf(id);
              return score ? (
                <li key={id}>
                  <Link href={`/skills/domain/${id}`}>{score.domain.name}</Link> —{' '}
                  {t('skills.ranking.fit', { fit: score.fit })}
                </li>
              ) : null;
            })}
          </ul>
        )}
      </section>
      {levels.length === 0 ? (
        <p className="notice notice-info">
          {t('skills.ranking.empty')} <Link href="/skills/inventory">{t('skills.tabs.inventory')}</Link>
        </p>
      ) : null}
      {ratingsTooUniform(levels) ? (
        <p className="notice notice-warning" role="note">
          {t('skills.ranking.uniform')}
        </p>
      ) : null}
      <section aria-labelledby="ranking-title">
        <div className="row-between">
          <h2 id="ranking-title">{t('skills.ranking.title')}</h2>
          <Link href="/skills/new" className="button secondary">
            {t('skills.ranking.newDomain')}
          </Link>
        </div>
        <ol className="ranking">
          {view.ranking.map((score) => (
            <RankingItem
              key={score.domain.id}
              score={score}
              isTarget={view.section.targets.includes(score.domain.id)}
              picked={picked.includes(score.domain.id)}
              onPick={(on) => toggle(score.domain.id, on)}
              nameOf={view.nameOf}
            />
          ))}
        </ol>
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            disabled={picked.length < 2}
            onClick={() => navigate(`/skills/compare/${picked.join('+')}`)}
          >
            {t('skills.ranking.compare')}
          </button>
          <p className="muted-text">{t('skills.ranking.compareHint')}</p>
        </div>
      </section>
    </>
  );
}
