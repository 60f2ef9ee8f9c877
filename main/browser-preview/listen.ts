/**
 * Binding the preview's port without a raw EADDRINUSE trace: the default port falls back to
 * any free one (and says so in one line); a port the user asked for by name is never swapped
 * behind their back: the start fails with one line saying which port is busy and what to do.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const DEFAULT_PREVIEW_PORT = 5199;

export class PortBusyError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} is already in use. Stop what uses it, or choose another: PORT=5200 npm run preview:browser`,
    );
    this.name = 'PortBusyError';
  }
}

function listenOnce(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(error.code === 'EADDRINUSE' ? new PortBusyError(port) : error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export interface Listening {
  port: number;
  /** Set when the wanted port was busy and another was taken instead. */
  busyPort: number | null;
}

/** `fallback`: whether a busy port may be replaced by a free one (true for the default only). */
export async function listenOnPort(
  server: Server,
  options: { port: number; host: string; fallback: boolean },
): Promise<Listening> {
  try {
    return { port: await listenOnce(server, options.port, options.host), busyPort: null };
  } catch (error) {
    if (!(error instanceof PortBusyError) || !options.fallback || options.port === 0) throw error;
    return { port: await listenOnce(server, 0, options.host), busyPort: options.port };
  }
}
