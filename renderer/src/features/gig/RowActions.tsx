/** A logged item's Edit and Remove buttons, each named with the item for screen readers. */
export function RowActions(props: {
  edit: string;
  editLabel: string;
  remove: string;
  removeLabel: string;
  onEdit: () => void;
  onRemove: () => void;
}) {
  return (
    <>
      <button
        type="button"
        className="button secondary small"
        aria-label={props.editLabel}
        onClick={props.onEdit}
      >
        {props.edit}
      </button>
      <button
        type="button"
        className="button secondary small"
        aria-label={props.removeLabel}
        onClick={props.onRemove}
      >
        {props.remove}
      </button>
    </>
  );
}
