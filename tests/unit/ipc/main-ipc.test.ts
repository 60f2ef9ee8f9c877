import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';

// main-ipc imports Electron for its default ipcMain; under Node that import must be faked.
vi.mock('electron', () => ({ ipcMain: { handle: vi.fn() } }));

const { registerInvokeHandlers } = await import('../../../main/ipc/main-ipc');
const { isTrustedSender } = await import('../../../main/ipc/trusted-sender');
const { INVOKE_CHANNELS } = await import('../../../preload/contract/channels');
import type { InvokeHandlers } from '../../../main/ipc/handlers';

type Listener = (event: { senderFrame: unknown }, payload: unknown) => unknown;

function registerWithFake() {
  const listeners = new Map<string, Listener>();
  const handler = vi.fn(() => Promise.resolve({ ok: true, value: 'handled' }));
  const handlers = Object.fromEntries(
    INVOKE_CHANNELS.map((channel) => [channel, handler]),
  ) as unknown as InvokeHandlers;
  registerInvokeHandlers(handlers, {
    handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
  } as never);
  return { listeners, handler };
}

const ourFrame = { url: 'app://passerelle/index.html#/profile', parent: null };

describe('the ipcMain wrapper', () => {
  it('registers exactly the contract channels', () => {
    expect([...registerWithFake().listeners.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('passes messages from our page to the handler', async () => {
    const { listeners, handler } = registerWithFake();
    const result = await listeners.get('document:load')?.({ senderFrame: ourFrame }, undefined);
    expect(result).toEqual({ ok: true, value: 'handled' });
    expect(handler).toHaveBeenCalledOnce();
  });

  it.each([
    ['another site', { url: 'https://evil.example/index.html', parent: null }],
    ['a file page', { url: 'file:///tmp/index.html', parent: null }],
    ['an iframe inside our page', { url: 'app://passerelle/index.html', parent: ourFrame }],
    ['a look-alike host', { url: 'app://passerelle.evil/index.html', parent: null }],
    ['no frame at all', null],
  ])('refuses a forged sender: %s', async (_label, senderFrame) => {
    const { listeners, handler } = registerWithFake();
    const result = await listeners.get('document:save-section')?.({ senderFrame }, { section: 'profile' });
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('trusts no top frame whose URL is anything but app://passerelle (property)', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        expect(isTrustedSender({ url, parent: null })).toBe(false);
      }),
    );
  });
});
