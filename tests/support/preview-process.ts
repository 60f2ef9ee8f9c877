/**
 * `npm run preview:browser` as a person runs it: the CLI in its own process, read from its
 * output, stopped with a signal. For the tests of start-up on a busy port and of shutdown.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface PreviewProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the URL the CLI printed, or rejects with its output if it exited first. */
  url: Promise<string>;
  exited: Promise<{ code: number | null; at: number }>;
}

export function spawnPreview(env: Record<string, string>): PreviewProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/browser-preview/cli.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on('exit', (code) => resolve({ code, at: performance.now() })),
  );
  const url = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const found = /Passerelle preview: (\S+)/.exec(text);
      if (found?.[1]) resolve(found[1]);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exited.then(() => reject(new Error(`the preview exited before printing its URL:\n${text}`)));
  });
  // A test that expects the start to fail never awaits the URL: keep that from surfacing as
  // an unhandled rejection in whichever test runs next.
  url.catch(() => undefined);
  return { child, output: () => text, url, exited };
}
