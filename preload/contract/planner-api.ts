/**
 * Builds `window.api` over any transport. Electron's preload passes an ipcRenderer transport;
 * the browser preview passes an HTTP one. Only the transport differs, so both runtimes
 * expose exactly the same functions.
 */
import {
  INVOKE_METHODS,
  type EventChannel,
  type EventContract,
  type InvokeChannel,
  type PlannerApi,
  type RequestOf,
  type ResponseOf,
} from './channels';
import { fail, type Result } from './result';

export interface BridgeTransport {
  invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  subscribe<E extends EventChannel>(channel: E, listener: (payload: EventContract[E]) => void): () => void;
}

/**
 * A call whose transport fails (main crashed mid-call, the preview server stopped) resolves to
 * a typed error like any refusal, so no caller meets a rejected promise.
 */
function invokeSafely<C extends InvokeChannel>(
  transport: BridgeTransport,
  channel: C,
  request: RequestOf<C>,
): Promise<Result<ResponseOf<C>>> {
  try {
    return transport
      .invoke(channel, request)
      .catch((error: unknown) => fail('transport-failed', String(error)));
  } catch (error) {
    return Promise.resolve(fail('transport-failed', String(error)));
  }
}

export function createPlannerApi(transport: BridgeTransport): PlannerApi {
  const invokers = Object.fromEntries(
    Object.entries(INVOKE_METHODS).map(([method, channel]) => [
      method,
      (request?: unknown) => invokeSafely(transport, channel, request as never),
    ]),
  );
  return {
    ...(invokers as Omit<PlannerApi, 'onStorageStatus'>),
    onStorageStatus: (listener) => transport.subscribe('storage:status', listener),
  };
}
