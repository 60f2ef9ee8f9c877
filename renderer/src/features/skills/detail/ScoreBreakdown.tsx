import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../components/use-formatters';
import type { DomainScore, ScoreLine } from '../../../domain/matching/score';

/** Every point of the fit, line by line, so the user can follow and check it. */
export function ScoreBreakdown({ score, nameOf }: { score: DomainScore; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const { decimal } = useFormatters();
  // Points to one decimal, written as the locale writes decimals: 45.3 / 45,3.
  const onePlace = (value: number) => decimal(Math.round(value * 10) / 10);
  const rows = (lines: ScoreLine[]) =>
    lines.map((line) => (
      <tr
        key={`${line.required ? 'r' : 'o'}-${line.skillId}`}
        className={line.have < line.need ? 'row-gap' : undefined}
      >
        <th scope="row">{nameOf(line.skillId)}</th>
        <td>{line.need}</td>
        <td>{line.have}</td>
        <td>{line.weight}</td>
        <td>{onePlace(line.points)}</td>
      </tr>
    ));
  return (
    <section aria-labelledby="breakdown-title">
      <h2 id="breakdown-title">{t('skills.detail.breakdown')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('skills.detail.skill')}</th>
            <th scope="col">{t('skills.detail.need')}</th>
            <th scope="col">{t('skills.detail.you')}</th>
            <th scope="col">{t('skills.detail.weight')}</th>
            <th scope="col">{t('skills.detail.points')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="group-row">
            <th scope="rowgroup" colSpan={5}>
              {t('skills.detail.required')}
            </th>
          </tr>
          {rows(score.lines.filter((line) => line.required))}
          {score.lines.some((line) => !line.required) ? (
            <tr className="group-row">
              <th scope="rowgroup" colSpan={5}>
                {t('skills.detail.optional')}
              </th>
            </tr>
          ) : null}
          {rows(score.lines.filter((line) => !line.required))}
        </tbody>
      </table>
      <p>
        {t(score.heldBelow100 ? 'skills.detail.totalHeld' : 'skills.detail.total', {
          fit: score.fit,
          base: onePlace(score.base),
          bonus: onePlace(score.bonus),
        })}
      </p>
      {/* The points reach 100 but a required skill is short: say which, beside the score. */}
      {score.heldBelow100 ? (
        <p className="notice" role="note">
          {t('skills.detail.heldBy', {
            count: score.missingRequired.length,
            skills: score.missingRequired.map((line) => nameOf(line.skillId)).join(', '),
          })}
        </p>
      ) : null}
    </section>
  );
}
