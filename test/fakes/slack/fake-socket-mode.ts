import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

/** One envelope pushed to the app and how long the app took to acknowledge it. */
export interface EnvelopeAck {
  envelopeId: string;
  type: string;
  /** Milliseconds from sending the envelope to receiving the app's ack. */
  ackMs: number;
  /** The ack's payload (`{}` for a bare ack()). */
  payload: unknown;
}

/**
 * The Socket Mode side of the fake Slack: a WebSocket server that greets with hello, pushes envelopes
 * and times each ack itself (the client enforces no 3-second deadline, Slack does).
 */
export class FakeSocketMode {
  readonly acks: EnvelopeAck[] = [];
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #pending = new Map<
    string,
    { type: string; sentAt: number; resolve: (ack: EnvelopeAck) => void; socket: WebSocket }
  >();
  #socket: WebSocket | undefined;
  #connected: Array<() => void> = [];
  #pinger: NodeJS.Timeout | undefined;
  connections = 0;
  /** Pongs the app sent back to the fake's pings. */
  pongs = 0;

  /** Takes over an HTTP upgrade request on the fake's server. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#server.handleUpgrade(request, socket, head, (ws) => this.#accept(ws));
  }

  /** Resolves once an app is connected (hello sent). */
  connected(): Promise<void> {
    if (this.#socket) return Promise.resolve();
    return new Promise((resolve) => this.#connected.push(resolve));
  }

  /** Pushes an envelope; resolves when the app acks it. */
  push(type: 'slash_commands' | 'interactive' | 'events_api', payload: unknown): Promise<EnvelopeAck> {
    const socket = this.#socket;
    if (!socket) return Promise.reject(new Error('fake Socket Mode: no app connected'));
    const envelopeId = randomUUID();
    return new Promise((resolve, reject) => {
      // An envelope on a socket that closes unacknowledged fails here rather than hanging the test.
      socket.once(
        'close',
        () =>
          this.#pending.has(envelopeId) &&
          (this.#pending.delete(envelopeId),
          reject(new Error(`fake Socket Mode: the app's socket closed before it acked ${type}`))),
      );
      this.#pending.set(envelopeId, { type, sentAt: performance.now(), resolve, socket });
      socket.send(
        JSON.stringify({ envelope_id: envelopeId, type, accepts_response_payload: type !== 'events_api', payload }),
      );
    });
  }

  /** Pings the app every `intervalMs`, as Slack's servers do (a client without them reconnects); 0 stops. */
  pingEvery(intervalMs: number): void {
    clearInterval(this.#pinger);
    this.#pinger = intervalMs > 0 ? setInterval(() => this.#socket?.ping(), intervalMs) : undefined;
  }

  /** The warning Slack sends shortly before it refreshes a connection. */
  warnDisconnect(): void {
    this.#socket?.send(JSON.stringify({ type: 'disconnect', reason: 'warning', debug_info: { host: 'fake-slack' } }));
  }

  /** Asks the app to reconnect, as Slack does every few hours. */
  requestRefresh(): void {
    this.#socket?.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
  }

  close(): Promise<void> {
    clearInterval(this.#pinger);
    for (const client of this.#server.clients) client.terminate();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  #accept(ws: WebSocket): void {
    this.connections += 1;
    this.#socket = ws;
    ws.on('message', (data) => this.#onMessage(String(data)));
    ws.on('pong', () => (this.pongs += 1));
    ws.on('close', () => {
      if (this.#socket === ws) this.#socket = undefined;
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'fake-slack', approximate_connection_time: 18060 },
        connection_info: { app_id: 'A0PREPBOT' },
      }),
    );
    for (const resolve of this.#connected.splice(0)) resolve();
  }

  #onMessage(text: string): void {
    let message: { envelope_id?: string; payload?: unknown };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return;
    }
    const pending = message.envelope_id ? this.#pending.get(message.envelope_id) : undefined;
    if (!pending || !message.envelope_id) return;
    this.#pending.delete(message.envelope_id);
    const ack: EnvelopeAck = {
      envelopeId: message.envelope_id,
      type: pending.type,
      ackMs: performance.now() - pending.sentAt,
      payload: message.payload,
    };
    this.acks.push(ack);
    pending.resolve(ack);
  }
}
