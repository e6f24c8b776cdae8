import { createServer, type Server } from 'node:http';
import type { StoreHealth } from '../store/json-store.js';

/**
 * `GET /healthz` → 200 when the store writes and every adapter is connected, else 503; the body
 * says the state of each. Anything else → 404.
 */
export async function startHealthServer(port: number, report: () => { store: StoreHealth; adapters: object[] }): Promise<Server> {
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
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, resolve));
  return server;
}
