import { memo, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { Link } from 'wouter';
import type { Application, Stage } from '../../../../../preload/contract/applications-section';
import type { FollowUp } from '../../../domain/applications/follow-ups';

/** The drag data type: only our cards can be dropped on a column. */
export const DRAG_TYPE = 'application/x-passerelle-application';

/**
 * What every card needs to word itself, made once by the board: hundreds of cards each
 * subscribing to the language and the stages would make the first render slow.
 */
export interface CardWording {
  t: TFunction;
  day: (iso: string) => string;
  stageLabel: (stageId: string) => string;
}

export const BoardCard = memo(function BoardCard(props: {
  application: Application;
  chase: FollowUp | undefined;
  previous: Stage | null;
  next: Stage | null;
  onMove: (id: string, stageId: string) => void;
  wording: CardWording;
}) {
  const { t, day, stageLabel } = props.wording;
  const [dragging, setDragging] = useState(false);
  const { application: a, previous, next, chase } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey) return;
    const target = event.key === 'ArrowLeft' ? previous : event.key === 'ArrowRight' ? next : null;
    if (!target) return;
    event.preventDefault();
    props.onMove(a.id, target.id);
  };
  const moveButton = (stage: Stage | null, arrow: string) =>
    stage ? (
      <button
        type="button"
        className="icon-button"
        aria-label={t('applications.board.moveTo', {
          organisation: a.organisation,
          stage: stageLabel(stage.id),
        })}
        title={stageLabel(stage.id)}
        onClick={() => props.onMove(a.id, stage.id)}
      >
        <span aria-hidden="true">{arrow}</span>
      </button>
    ) : null;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- mouse drag is a shortcut; the buttons below do the same by keyboard
    <li
      data-card-id={a.id}
      className={`board-card${dragging ? ' dragging' : ''}`}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, a.id);
        event.dataTransfer.effectAllowed = 'move';
        setDragging(true);
      }}
      onDragEnd={() => setDragging(false)}
    >
      <Link href={`/applications/${a.id}`} className="card-title" onKeyDown={onKeyDown}>
        {a.organisation}
      </Link>
      {a.role ? <p className="card-role">{a.role}</p> : null}
      {chase?.suggestGhosted && chase.lastActivity ? (
        <p className="badge warning">
          {t('applications.board.ghostSuggested', { date: day(chase.lastActivity) })}
        </p>
      ) : chase?.overdue && chase.due ? (
        <p className="badge warning">{t('applications.board.followUpDue', { date: day(chase.due) })}</p>
      ) : a.appliedOn ? (
        <p className="muted-text">{t('applications.board.applied', { date: day(a.appliedOn) })}</p>
      ) : null}
      <div className="card-moves">
        {moveButton(previous, '←')}
        {moveButton(next, '→')}
      </div>
    </li>
  );
});
