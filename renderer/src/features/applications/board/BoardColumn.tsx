import { memo, useDeferredValue, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, Stage } from '../../../../../preload/contract/applications-section';
import type { FollowUp } from '../../../domain/applications/follow-ups';
import { BoardCard, DRAG_TYPE, type CardWording } from './BoardCard';

// Long columns show their first cards and a "show more": 2,000 cards in the page at once
// would make every move slow for no one's benefit.
const PAGE = 25;
// The board first paints a few cards per column, then React adds the rest in the background,
// in slices it can interrupt, so opening a full board never blocks the page.
const FIRST_PAINT = 2;

export const BoardColumn = memo(function BoardColumn(props: {
  stageId: string;
  title: string;
  applications: Application[];
  chaseOf: (application: Application) => FollowUp;
  previous: Stage | null;
  next: Stage | null;
  onMove: (id: string, stageId: string) => void;
  wording: CardWording;
}) {
  const { t } = useTranslation();
  const [wanted, setWanted] = useState(PAGE);
  const shown = useDeferredValue(wanted, FIRST_PAINT);
  const [dropTarget, setDropTarget] = useState(false);
  const headingId = `column-${props.stageId}`;
  const remaining = props.applications.length - wanted;
  const accepts = (event: DragEvent) => event.dataTransfer.types.includes(DRAG_TYPE);
  // Mouse drag and drop (the platform's own); the keyboard uses the buttons on each card.
  const dropHandlers = {
    onDragOver: (event: DragEvent) => {
      if (!accepts(event)) return;
      event.preventDefault();
      setDropTarget(true);
    },
    onDragLeave: () => setDropTarget(false),
    onDrop: (event: DragEvent) => {
      setDropTarget(false);
      const id = event.dataTransfer.getData(DRAG_TYPE);
      if (id) props.onMove(id, props.stageId);
    },
  };
  return (
    <section
      className={`board-column${dropTarget ? ' drop-target' : ''}`}
      aria-labelledby={headingId}
      {...dropHandlers}
    >
      <h2 id={headingId} className="board-column-title">
        {props.title}{' '}
        <span className="count">{t('applications.board.count', { count: props.applications.length })}</span>
      </h2>
      {props.applications.length === 0 ? (
        <p className="muted-text">{t('applications.board.emptyColumn')}</p>
      ) : (
        <ul className="board-cards">
          {props.applications.slice(0, shown).map((application) => (
            <BoardCard
              key={application.id}
              application={application}
              chase={props.chaseOf(application)}
              previous={props.previous}
              next={props.next}
              onMove={props.onMove}
              wording={props.wording}
            />
          ))}
        </ul>
      )}
      {remaining > 0 ? (
        <button type="button" className="button secondary small" onClick={() => setWanted(wanted + PAGE)}>
          {t('applications.board.showMore', { count: Math.min(PAGE, remaining) })}
        </button>
      ) : null}
    </section>
  );
});
