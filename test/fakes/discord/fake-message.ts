import type { IncomingMessage } from 'node:http';
import { snowflake } from './snowflake.js';

/** A message as the fake stores it: what a person would see in the channel. */
export type FakeMessage = Record<string, any> & { id: string; channel_id: string };

/** A full message object as Discord returns it, authored by the bot, from a send body. */
export function newMessage(bot: { id: string; username: string }, channelId: string, body: any): FakeMessage {
  return {
    id: snowflake(),
    channel_id: channelId,
    author: { id: bot.id, username: bot.username, discriminator: '0', global_name: null, avatar: null, bot: true },
    type: 0,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    content: '',
    embeds: [],
    components: [],
    flags: 0,
    ...pickMessageFields(body),
    ...(body?.nonce !== undefined ? { nonce: body.nonce } : {}),
  };
}

/** The parts of a send/edit body that end up on the message (plus what was asked of mentions). */
export function pickMessageFields(body: any): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of ['content', 'embeds', 'components', 'flags', 'allowed_mentions']) {
    if (body && body[key] !== undefined) picked[key] = body[key];
  }
  return picked;
}

/** The whole request body as text. */
export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
