/**
 * The JavaScript a start-up downloads before anything runs: the built page's entry chunk and
 * every chunk it imports statically (the closure, as modulepreload would fetch it), gzipped.
 * Chunks reached only through import() are left out: they load on a section's first visit.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

// `import{a as b}from"./x.js"` or `import"./x.js"`, but not `import("./x.js")`.
const STATIC_IMPORT = /import\s*(?:[^"'()]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const ENTRY_SCRIPT = /<script[^>]*type="module"[^>]*src="([^"]+\.js)"/g;

export interface InitialJs {
  files: string[];
  gzipBytes: number;
  rawBytes: number;
}

export function initialJavaScript(pageDirectory: string): InitialJs {
  const html = readFileSync(join(pageDirectory, 'index.html'), 'utf8');
  const pending = [...html.matchAll(ENTRY_SCRIPT)].map((match) => posix.normalize(match[1] ?? ''));
  const seen = new Set<string>();
  let gzipBytes = 0;
  let rawBytes = 0;
  while (pending.length > 0) {
    const file = pending.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(pageDirectory, file));
    gzipBytes += gzipSync(code).length;
    rawBytes += code.length;
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT))
      pending.push(posix.join(dirname(file), match[1] ?? ''));
  }
  return { files: [...seen], gzipBytes, rawBytes };
}
