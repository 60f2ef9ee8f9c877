/**
 * The only file that touches ipcMain (a lint rule keeps it so). It registers every contract
 * channel, drops calls from untrusted senders before their payload is read, and sends typed
 * events to windows.
 */
import { ipcMain, type IpcMain, type WebContents } from 'electron';
import { INVOKE_CHANNELS, type EventChannel, type EventContract } from '../../preload/contract/channels';
import { fail } from '../../preload/contract/result';
import type { InvokeHandlers } from './handlers';
import { isTrustedSender, type SenderFrameLike } from './trusted-sender';

/** `target` is Electron's ipcMain in the app; tests pass a fake to forge senders. */
export function registerInvokeHandlers(
  handlers: InvokeHandlers,
  target: Pick<IpcMain, 'handle'> = ipcMain,
): void {
  for (const channel of INVOKE_CHANNELS) {
    target.handle(channel, (event, payload: unknown) => {
      const frame: SenderFrameLike | null = event.senderFrame;
      if (!isTrustedSender(frame)) return fail('untrusted-sender', `${channel}: refused an untrusted sender`);
      return handlers[channel](payload);
    });
  }
}

export function sendEvent<E extends EventChannel>(
  contents: WebContents,
  channel: E,
  payload: EventContract[E],
): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}
