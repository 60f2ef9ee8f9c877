/** English texts of the About & help section and of the error screen. */
export const aboutEn = {
  title: 'About & help',
  intro:
    'Passerelle keeps everything on this computer. If something goes wrong, the details below help whoever you ask for help; they hold no personal data.',
  facts: 'This copy of Passerelle',
  version: 'Version',
  runtime: 'Running in',
  runtimes: { electron: 'the desktop app', 'browser-preview': 'the browser preview' },
  platform: 'System',
  schemaVersion: 'Data version',
  dataFolder: 'Your data folder',
  logFolder: 'Diagnostics log folder',
  logExplained:
    'The diagnostics log records start-ups and internal failures: event names and error messages, never your names, notes or amounts.',
  diagnostics: 'Diagnostics to copy',
  line: '{{label}}: {{value}}',
  copy: 'Copy diagnostics',
  copied: 'Copied. Paste them into your message.',
  copyFailed: 'Copying was refused here: the text is selected, press Ctrl+C (⌘C on a Mac).',
  unavailable: 'The details could not be read: {{detail}}',
  crash: {
    title: 'This screen ran into a problem',
    body: 'Your data is safe: every change you saw saved is on disk, and nothing was lost by this error. Reload to carry on; if it happens again, copy the diagnostics from About & help.',
    reload: 'Reload Passerelle',
    detail: 'What went wrong: {{message}}',
  },
} as const;
