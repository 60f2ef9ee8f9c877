/**
 * Which frames may call the main process: only the top frame of our own page, served from
 * app://passerelle. A frame from anywhere else (an iframe, a page that somehow navigated
 * away, a forged message) is refused before its payload is even parsed.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'passerelle';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The parts of Electron's WebFrameMain we look at: small, so tests can forge it. */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
