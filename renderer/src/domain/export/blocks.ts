/**
 * The counsellor summary as plain blocks (issue 7): headings, paragraphs, lists and tables
 * of text. The summary builder fills them from the user's data; one renderer turns them into
 * HTML (the preview and the PDF), another into Markdown. User text only ever travels as
 * strings that the renderers escape, never as markup.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | {
      kind: 'table';
      caption: string;
      header: string[];
      rows: string[][];
      /** Which column widths to print with (see SUMMARY_STYLE); tables are laid out fixed. */
      columns: TableColumns;
    };

export type TableColumns = 'gaps' | 'plan' | 'log';

export interface SummaryDocument {
  title: string;
  /** BCP 47 language of the export (chosen apart from the interface language). */
  language: 'en' | 'fr';
  blocks: Block[];
}
