/**
 * Which Chromium the preview's printer and the end-to-end suite drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium,
 * then Playwright's own download if someone installed it. Never downloads anything itself.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export function resolveChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here; that is expected.
  }
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one (Debian: `apt-get install chromium`) ' +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary. `bash .ci/run` installs it for you.',
    );
  }
  return found;
}

/** Flags that let Chromium run as root in a container without flooding the closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
