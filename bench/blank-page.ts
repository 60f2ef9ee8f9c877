/**
 * The start-up yardstick: a blank Vite + React page that shows one "Today" heading, built
 * once per bench run with Vite's JS API (production React, minified, like the app) into a
 * folder under node_modules/.tmp so that 'react' resolves from the project.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Blank</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

// Plain JS (no JSX), so the build needs no plugin.
const MAIN_JS = `import { StrictMode, createElement } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(
  createElement(StrictMode, null, createElement('h1', null, 'Today')),
);
`;

export interface BlankPage {
  /** The built page's folder (index.html and assets/). */
  directory: string;
  remove: () => void;
}

export async function buildBlankPage(): Promise<BlankPage> {
  const parent = resolve('node_modules/.tmp');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'bench-blank-page-'));
  writeFileSync(join(root, 'index.html'), INDEX_HTML);
  writeFileSync(join(root, 'main.js'), MAIN_JS);
  const directory = join(root, 'out');
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    base: './',
    build: { outDir: directory, emptyOutDir: true, minify: true, sourcemap: false },
  });
  return { directory, remove: () => rmSync(root, { recursive: true, force: true }) };
}
