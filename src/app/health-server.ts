import { createServer, type Server } from 'node:http';
import type { StoreHealth } from '../store/json-store.js';
import { PrepbotError } from '../errors/prepbot-error.js';

/** HEALTH_PORT cannot be listened on (in use by another program, or not allowed); cause: node's error. */
class HealthPortError extends PrepbotError {
  override readonly name = 'HealthPortError';
  readonly code = 'HEALTH_PORT_UNAVAILABLE';
  constructor(port: number, cause: unknown) {
    const code = (cause as { code?: string }).code;
    const why =
      code === 'EADDRINUSE'
        ? 'is already in use by another program (another prepbot?)'
        : `cannot be listened on (${code ?? (cause as Error).message})`;
    super(`HEALTH_PORT ${port} ${why}: stop that program or set HEALTH_PORT to a free port.`, { cause });
  }
}

/**
 * `GET /healthz` → 200 when the store writes and every adapter is connected, else 503; the body
 * says the state of each. Anything else → 404. Throws HealthPortError when `port` cannot be used.
 */
export async function startHealthServer(
  port: number,
  report: () => { store: StoreHealth; adapters: object[] },
): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/healthz') {
      response.writeHead(404).end();
      return;
    }
    const { store, adapters } = report();
    const healthy = store.state === 'ok' && adapters.every((a) => (a as { connected?: boolean }).connected !== false);
    response.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ status: healthy ? 'ok' : 'degraded', store, adapters }));
  });
  await new Promise<void>((resolve, reject) =>
    server.once('error', (error) => reject(new HealthPortError(port, error))).listen(port, resolve),
  );
  return server;
}
