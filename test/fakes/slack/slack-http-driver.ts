import type { FakeSlack } from './fake-slack.js';
import { commandBody, interactiveBody, signedHeaders } from './signed-request.js';
import { blockActionsPayload, slashCommandPayload, type ClickSpec, type CommandSpec } from './slack-payloads.js';

/** One request sent to the bot: its HTTP status (bolt's ack) and the response_url id its replies go to. */
export interface SentEvent {
  status: number;
  replyId: string;
}

/**
 * Plays Slack's part towards a bot running in HTTP mode (`POST /slack/events`, signed with the signing
 * secret); the bot's replies come back through response_urls on the fake Slack, read with `replies`.
 */
export class SlackHttpDriver {
  constructor(
    private readonly fake: FakeSlack,
    private readonly secret: string,
    public eventsUrl: string,
  ) {}

  /** Sends a signed slash command; resolves with bolt's status once it acked. */
  command(spec: CommandSpec): Promise<SentEvent> {
    const url = this.fake.responseUrl();
    return this.#send(commandBody(slashCommandPayload(spec, url)), url);
  }

  /** Sends a signed button click; resolves with bolt's status once it acked. */
  click(spec: ClickSpec): Promise<SentEvent> {
    const url = this.fake.responseUrl();
    return this.#send(interactiveBody(blockActionsPayload(spec, url)), url);
  }

  /** The bodies the bot POSTed to this event's response_url so far. */
  replies(replyId: string): Array<Record<string, unknown>> {
    return this.fake.responses.filter((r) => r.id === replyId).map((r) => r.body);
  }

  /** Sends a command and waits for its first reply; resolves with the reply's visible text. */
  async ask(spec: CommandSpec, timeoutMs = 10_000): Promise<string> {
    const sent = await this.command(spec);
    if (sent.status !== 200) throw new Error(`bolt answered ${sent.status} to ${spec.command} ${spec.text ?? ''}`);
    const [body] = await this.fake.waitFor(
      `a reply to ${spec.command} ${spec.text ?? ''}`,
      () => this.replies(sent.replyId).length > 0 && this.replies(sent.replyId),
      timeoutMs,
    );
    return shownText(body);
  }

  async #send(body: string, responseUrl: string): Promise<SentEvent> {
    const response = await fetch(this.eventsUrl, { method: 'POST', headers: signedHeaders(this.secret, body), body });
    await response.text();
    return { status: response.status, replyId: responseUrl.slice(responseUrl.lastIndexOf('/') + 1) };
  }
}

/** Everything a person sees in a Slack message body: its fallback text and every text in its blocks. */
export function shownText(message: unknown): string {
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' && typeof value === 'string') texts.push(value);
      else visit(value);
    }
  };
  visit(message);
  return texts.join('\n');
}

/** The buttons of a posted Block Kit message (action_id and the core's choice id as value). */
export function buttonsOf(blocks: unknown): Array<{ action_id: string; value: string }> {
  const actions = (
    blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }> | undefined
  )?.find((b) => b.type === 'actions');
  return actions?.elements ?? [];
}
