import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, INVOKE_METHODS, PLANNER_API_METHODS } from '../../../preload/contract/channels';
import { createPlannerApi, type BridgeTransport } from '../../../preload/contract/planner-api';

function recordingTransport(invoke: BridgeTransport['invoke']): BridgeTransport {
  return { invoke, subscribe: () => () => undefined };
}

describe('window.api, built from the one channel table', () => {
  it('has exactly the listed methods, each calling its own channel with the request', async () => {
    const calls: [string, unknown][] = [];
    const api = createPlannerApi(
      recordingTransport((channel, request) => {
        calls.push([channel, request]);
        return Promise.resolve({ ok: true, value: undefined as never });
      }),
    );
    expect(Object.keys(api).sort()).toEqual([...PLANNER_API_METHODS].sort());
    await api.saveText({ fileName: 'log.csv', text: 'a', kind: 'csv' } as never);
    await api.loadDocument();
    expect(calls).toEqual([
      ['files:save-text', { fileName: 'log.csv', text: 'a', kind: 'csv' }],
      ['document:load', undefined],
    ]);
    expect(new Set(INVOKE_CHANNELS).size).toBe(Object.keys(INVOKE_METHODS).length);
  });

  it('turns a transport that rejects or throws into a typed error instead of a rejected promise', async () => {
    const rejecting = createPlannerApi(recordingTransport(() => Promise.reject(new Error('main went away'))));
    await expect(rejecting.flush()).resolves.toEqual({
      ok: false,
      error: { code: 'transport-failed', message: 'Error: main went away' },
    });
    const throwing = createPlannerApi(
      recordingTransport(() => {
        throw new TypeError('no transport');
      }),
    );
    await expect(throwing.getAppInfo()).resolves.toMatchObject({
      ok: false,
      error: { code: 'transport-failed' },
    });
  });
});
