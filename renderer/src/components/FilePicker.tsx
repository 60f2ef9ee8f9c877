import { useId, useState } from 'react';

/**
 * A file input whose button speaks the app's language (the native one speaks the OS's), with
 * the chosen file's name beside it.
 */
export function FilePicker(props: {
  label: string;
  noFile: string;
  accept: string;
  onFile: (file: File | undefined) => void;
}) {
  const id = useId();
  const [fileName, setFileName] = useState('');
  return (
    <div className="file-picker">
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={props.accept}
        onChange={(e) => {
          const file = e.target.files?.[0];
          setFileName(file?.name ?? '');
          props.onFile(file);
          // Choosing the same file again (after fixing it) must read it again.
          e.target.value = '';
        }}
      />
      <label htmlFor={id} className="button secondary">
        {props.label}
      </label>
      <span className="muted-text">{fileName || props.noFile}</span>
    </div>
  );
}
