import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DomainScore } from '../../../domain/matching/score';

/** One ranked domain: its fit as a bar, the gates that block it, its biggest gaps. */
export function RankingItem(props: {
  score: DomainScore;
  isTarget: boolean;
  picked: boolean;
  onPick: (on: boolean) => void;
  nameOf: (skillId: string) => string;
}) {
  const { t } = useTranslation();
  const checkboxId = useId();
  const { score } = props;
  const topGaps = score.gaps.slice(0, 3).map((gap) => props.nameOf(gap.skillId));
  return (
    <li className="ranking-item">
      <div className="ranking-head">
        <input
          id={checkboxId}
          type="checkbox"
          checked={props.picked}
          onChange={(event) => props.onPick(event.target.checked)}
          aria-label={t('skills.ranking.compareThis', { name: score.domain.name })}
        />
        <Link href={`/skills/domain/${score.domain.id}`} className="ranking-name">
          {score.domain.name}
        </Link>
        {props.isTarget ? <span className="badge">{t('skills.ranking.target')}</span> : null}
        {score.domain.origin === 'edited' ? (
          <span className="badge">{t('skills.ranking.edited')}</span>
        ) : null}
        {score.domain.origin === 'custom' ? (
          <span className="badge">{t('skills.ranking.custom')}</span>
        ) : null}
        <span className="ranking-fit">{t('skills.ranking.fit', { fit: score.fit })}</span>
      </div>
      <div className="fit-track" aria-hidden="true">
        <div className="fit-bar" style={{ width: `${score.fit}%` }} />
      </div>
      {score.blockedBy.map((gate) => (
        <p key={gate.id} className="gate-badge">
          {t('skills.ranking.blocked', { gate: gate.label })}
        </p>
      ))}
      {topGaps.length > 0 ? (
        <p className="muted-text">{t('skills.ranking.topGaps', { skills: topGaps.join(', ') })}</p>
      ) : null}
    </li>
  );
}
