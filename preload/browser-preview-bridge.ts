/**
 * window.api for the browser preview: the same createPlannerApi as Electron's preload, over
 * HTTP to the loopback preview server instead of IPC. Loaded as a classic script, so it runs
 * before the app's module script.
 */
import type { EventChannel, EventContract } from './contract/channels';
import { createPlannerApi, type BridgeTransport } from './contract/planner-api';
import { fail } from './contract/result';

const token = document.querySelector('meta[name="passerelle-preview-token"]')?.getAttribute('content') ?? '';
const listeners = new Map<EventChannel, Set<(payload: never) => void>>();
let events: EventSource | null = null;

function ensureEventStream(): void {
  if (events) return;
  events = new EventSource(`/__preview/events?token=${encodeURIComponent(token)}`);
  events.addEventListener('message', (message: MessageEvent<string>) => {
    const { channel, payload } = JSON.parse(message.data) as { channel: EventChannel; payload: never };
    listeners.get(channel)?.forEach((listener) => listener(payload));
  });
}

const httpTransport: BridgeTransport = {
  async invoke(channel, request) {
    try {
      const response = await fetch(`/__preview/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-passerelle-token': token },
        body: JSON.stringify({ payload: request }),
      });
      return (await response.json()) as Awaited<ReturnType<BridgeTransport['invoke']>>;
    } catch (error) {
      return fail('internal', `preview bridge: ${String(error)}`);
    }
  },
  subscribe<E extends EventChannel>(channel: E, listener: (payload: EventContract[E]) => void) {
    ensureEventStream();
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => {
      set.delete(listener);
    };
  },
};

Object.defineProperty(window, 'api', {
  value: Object.freeze(createPlannerApi(httpTransport)),
  enumerable: true,
});
