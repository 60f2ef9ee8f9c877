import { ExportCsv } from './ExportCsv';
import { ImportCsv } from './ImportCsv';

export function ApplicationFiles() {
  return (
    <>
      <ExportCsv />
      <ImportCsv />
    </>
  );
}
