/**
 * Safe defaults for every webContents the app ever creates (windows, and any the
 * future adds): imported first by main/index.ts so nothing is created before it applies.
 * - no new windows; allowed external links go to the OS browser instead
 * - no navigation away from the page, no redirects, no <webview>
 * - every permission request and check denied
 */
import { app, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './external-links';

function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

app.on('web-contents-created', (_event, contents) => lockDown(contents));
void app.whenReady().then(denyAllPermissions);
