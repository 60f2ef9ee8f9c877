import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSkillsView } from '../../views/use-skills-view';

/** The one or two target domains, with their fit, once the user has chosen them. */
export function TargetsCard() {
  const { t } = useTranslation();
  const view = useSkillsView();
  const targets = view.section.targets.map((id) => view.scoreOf(id)).filter((score) => score !== undefined);
  if (targets.length === 0) return null;
  return (
    <section className="card" aria-labelledby="today-targets">
      <h2 id="today-targets">{t('today.targets')}</h2>
      <ul className="plain-list">
        {targets.map((score) => (
          <li key={score.domain.id}>
            <Link href={`/skills/domain/${score.domain.id}`}>
              {t('today.targetLine', { name: score.domain.name, fit: score.fit })}
            </Link>
            {score.blockedBy.map((gate) => (
              <p key={gate.id} className="gate-badge">
                {t('skills.ranking.blocked', { gate: gate.label })}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
