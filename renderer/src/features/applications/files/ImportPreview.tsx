import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../../domain/applications/import-plan';
import type { TextEncodingName } from '../../../domain/text-decoding';
import { useStageLabel } from '../use-stage-label';

const SHOWN = 20;

/** What the import would do, row by row for refusals; nothing is written until Import. */
export function ImportPreview(props: {
  file: string;
  plan: ImportPlan;
  encoding: TextEncodingName;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const { added, replaced, refused } = props.plan;
  const count = added.length + replaced.length;
  const incoming = [...added, ...replaced].slice(0, SHOWN);
  return (
    <div className="import-preview" role="status">
      <p>
        {t('applications.files.preview', {
          file: props.file,
          added: added.length,
          replaced: replaced.length,
          refused: refused.length,
        })}
      </p>
      {props.encoding === 'windows-1252' ? (
        <p className="notice notice-warning" role="note">
          {t('applications.files.readAsWindows1252')}
        </p>
      ) : null}
      {incoming.length > 0 ? (
        <ul>
          {incoming.map((a) => (
            <li key={a.id}>
              {a.organisation}
              {a.role ? ` — ${a.role}` : ''} ({stageLabel(a.stageId)})
            </li>
          ))}
        </ul>
      ) : null}
      {refused.length > 0 ? (
        <>
          <h3>{t('applications.files.refusedTitle')}</h3>
          <ul className="field-error">
            {refused.map((row) => (
              <li key={row.row}>
                {t('applications.files.rowProblem', {
                  row: row.row,
                  organisation: row.organisation || '—',
                  problems: row.problems
                    .map((p) => t(`applications.files.problem.${p.code}`, { column: p.column }))
                    .join('; '),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button primary" disabled={count === 0} onClick={props.onConfirm}>
          {t('applications.files.confirm', { count })}
        </button>
        <button type="button" className="button secondary" onClick={props.onCancel}>
          {t('applications.files.cancel')}
        </button>
      </div>
    </div>
  );
}
