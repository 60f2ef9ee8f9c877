import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { generatePath } from '../../domain/path/generate';
import type { MergeOutcome } from '../../domain/path/merge';
import { applyGeneration } from '../../state/path-store';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { ApiError } from '../../../../preload/contract/result';
import { useSkillsView } from '../../views/use-skills-view';

const isError = (value: MergeOutcome | ApiError): value is ApiError => 'code' in value;

/** Builds milestones from the targets' gaps; asks before replacing milestones the user edited. */
export function GeneratePath() {
  const { t } = useTranslation();
  const skills = useSkillsView();
  const [report, setReport] = useState<MergeOutcome | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const targets = skills.section.targets
    .map((id) => skills.scoreOf(id))
    .filter((score) => score !== undefined);
  const fresh = () =>
    generatePath(
      targets,
      {
        learn: (skill, level) => t('path.wording.learn', { skill, level }),
        practise: (skill) => t('path.wording.practise', { skill }),
        credential: (gate) => t('path.wording.credential', { gate }),
        portfolio: (domain) => t('path.wording.portfolio', { domain }),
        screening: (domain) => t('path.wording.screening', { domain }),
        apply: (domain) => t('path.wording.apply', { domain }),
      },
      skills.nameOf,
    );
  const run = async (overwriteEdits: boolean) => {
    const outcome = await applyGeneration(fresh(), overwriteEdits);
    if (isError(outcome)) return setError(outcome);
    setError(null);
    setReport(outcome);
  };

  if (targets.length === 0) {
    return (
      <p className="notice notice-info">
        {t('path.generate.noTargets')} <Link href="/skills">{t('nav.skills')}</Link>
      </p>
    );
  }
  return (
    <section className="card" aria-label={t('path.generate.button')}>
      <button type="button" className="button primary" onClick={() => void run(false)}>
        {t('path.generate.button')}
      </button>
      {report ? (
        <div role="status">
          <p>
            {t('path.generate.done', {
              added: report.added.length,
              refreshed: report.refreshed.length,
              removed: report.removed.length,
            })}
          </p>
          {report.keptEdits.length > 0 ? (
            <div className="form-actions">
              <p>{t('path.generate.conflict', { count: report.keptEdits.length })}</p>
              <button type="button" className="button secondary" onClick={() => setReport(null)}>
                {t('path.generate.keep')}
              </button>
              <button type="button" className="button secondary" onClick={() => void run(true)}>
                {t('path.generate.replace')}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
