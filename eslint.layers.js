// The layers of Passerelle, as lint rules (docs/architecture.md, "Layers"). Each entry names a
// folder and what it may not import. They use typescript-eslint's no-restricted-imports so they
// add to, rather than replace, the core rule that keeps Electron's IPC in its two wrappers.
// tests/unit/lint-layers.test.ts proves each rule fires on a forbidden import.

const rule = (message, group) => ({ group, message });

// A later entry's options replace an earlier one's for the files both match, so every
// renderer entry repeats this one, and the renderer-wide entry comes first.
const NO_MAIN = rule('The page never imports main-process code; it calls window.api.', ['**/main/**']);

const REACT = ['react', 'react-dom', 'react-dom/*', 'react-i18next', 'zustand', 'zustand/*', 'electron'];
const UI = ['**/state/**', '**/features/**', '**/components/**', '**/views/**', '**/app/**'];

/** @type {{ files: string[], patterns: { group: string[], message: string }[] }[]} */
export const LAYERS = [
  { files: ['renderer/**/*.{ts,tsx}'], patterns: [NO_MAIN] },
  {
    files: ['renderer/src/domain/**/*.ts'],
    patterns: [
      rule('Domain logic is pure: no React, zustand or Electron (see docs/architecture.md).', REACT),
      rule('Domain logic never reaches the UI or its state; pass what it needs as arguments.', UI),
    ],
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    patterns: [
      rule('Features do not reach up into app/: move what they share to components/ or views/.', [
        '**/app/**',
      ]),
    ],
  },
  {
    files: ['renderer/src/views/**/*.{ts,tsx}', 'renderer/src/components/**/*.{ts,tsx}'],
    patterns: [
      rule('Shared views and components serve every feature, so they import none.', [
        '**/features/**',
        '**/app/**',
      ]),
    ],
  },
  {
    files: ['renderer/src/state/**/*.ts'],
    patterns: [
      rule('Stores hold sections and queue changes; screens and views sit above them.', [
        '**/features/**',
        '**/components/**',
        '**/views/**',
        '**/app/**',
      ]),
    ],
  },
  {
    files: ['main/**/*.ts'],
    patterns: [
      rule('Main never imports the renderer; what both need lives in preload/contract/.', [
        '**/renderer/**',
        'react',
        'react-dom',
      ]),
    ],
  },
  {
    files: ['preload/**/*.ts'],
    patterns: [
      rule('The bridge and its contract stand alone: no main or renderer code.', [
        '**/main/**',
        '**/renderer/**',
      ]),
    ],
  },
];

export const layerConfigs = LAYERS.map(({ files, patterns }) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns:
          files.every((glob) => glob.startsWith('renderer/')) && patterns[0] !== NO_MAIN
            ? [NO_MAIN, ...patterns]
            : patterns,
      },
    ],
  },
}));
