import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../../preload/contract/applications-section';
import type { ApiError } from '../../../../../preload/contract/result';
import { Field } from '../../../components/Field';
import { renameApplicationStage } from '../../../state/applications-store';

/** One stage: its name (saved when the field is left), up, down and archive. */
export function StageRow(props: {
  stage: Stage;
  label: string;
  first: boolean;
  last: boolean;
  fallbackLabel: string | null;
  onMove: (by: -1 | 1) => void;
  onArchive: () => void;
  onError: (error: ApiError | null) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.label);
  const rename = async () => {
    if (name.trim() === props.label) return;
    props.onError(await renameApplicationStage(props.stage.id, name.slice(0, 60)));
  };
  return (
    <li className="stage-row">
      <Field compact label={t('applications.settings.stageName', { stage: props.label })}>
        <input
          type="text"
          maxLength={60}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => void rename()}
        />
      </Field>
      <button
        type="button"
        className="button secondary small"
        disabled={props.first}
        onClick={() => props.onMove(-1)}
      >
        {t('applications.settings.upShort')}
      </button>
      <button
        type="button"
        className="button secondary small"
        disabled={props.last}
        onClick={() => props.onMove(1)}
      >
        {t('applications.settings.downShort')}
      </button>
      {props.fallbackLabel ? (
        <button
          type="button"
          className="button secondary small"
          aria-label={t('applications.settings.archive', { stage: props.label })}
          title={t('applications.settings.archiveMovesTo', { stage: props.fallbackLabel })}
          onClick={props.onArchive}
        >
          {t('applications.settings.archiveShort')}
        </button>
      ) : null}
    </li>
  );
}
