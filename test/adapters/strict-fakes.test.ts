import { DiscordAPIError, REST, Routes } from 'discord.js';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';

/**
 * The fakes refuse over-limit bodies as the platforms do, seen through the real clients: Slack's
 * web-api gets `invalid_blocks` (with json-pointer errors) or `msg_too_long`; discord.js gets HTTP 400
 * `50035 Invalid Form Body` with the field path of each problem. (Issue 13, point 6.)
 */

let slack: FakeSlack;
let discord: FakeDiscord;
beforeAll(async () => {
  [slack, discord] = await Promise.all([FakeSlack.start(), FakeDiscord.start()]);
});
afterAll(async () => {
  await Promise.all([slack?.stop(), discord?.close()]);
});

describe('fake Slack refusals', () => {
  const client = () => new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });

  it.each([
    [
      'a 3,001-character section',
      [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }],
      /must be less than 3001 characters \[json-pointer:\/blocks\/0\/text\/text\]/,
    ],
    [
      'a 151-character header',
      [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }],
      /json-pointer:\/blocks\/0\/text\/text/,
    ],
    ['51 blocks', Array.from({ length: 51 }, () => ({ type: 'divider' })), /no more than 50 items/],
    [
      'a 76-character button',
      [
        {
          type: 'actions',
          elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b'.repeat(76) } }],
        },
      ],
      /blocks\/0\/elements\/0\/text\/text/,
    ],
    [
      'two buttons with one action_id',
      [
        {
          type: 'actions',
          elements: [0, 1].map(() => ({ type: 'button', action_id: 'same', text: { type: 'plain_text', text: 'b' } })),
        },
      ],
      /action_id already exists/,
    ],
  ])('%s: invalid_blocks', async (_name, blocks, error) => {
    const refused = await client()
      .chat.postMessage({ channel: 'C1', text: 't', blocks: blocks as never })
      .catch((e: unknown) => e as { data: { error: string; errors?: string[] } });
    expect(refused).toMatchObject({ data: { error: 'invalid_blocks' } });
    expect((refused as { data: { errors: string[] } }).data.errors.join('\n')).toMatch(error);
  });

  it('a 40,001-character text: msg_too_long', async () => {
    await expect(client().chat.postMessage({ channel: 'C1', text: 'x'.repeat(40_001) })).rejects.toMatchObject({
      data: { error: 'msg_too_long' },
    });
  });
});

describe('fake Discord refusals', () => {
  const rest = () => new REST({ api: discord.apiUrl, retries: 0 }).setToken(discord.token);
  const post = async (body: unknown) =>
    rest()
      .post(Routes.channelMessages(discord.channelId), { body })
      .then(
        () => undefined,
        (e: unknown) => e as DiscordAPIError,
      );

  it.each([
    ['content over 2,000', { content: 'x'.repeat(2001) }, ['content']],
    [
      'an embed description over 4,096',
      { embeds: [{ description: 'd'.repeat(4097) }] },
      ['embeds', '0', 'description'],
    ],
    [
      'a field value over 1,024',
      { embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] },
      ['embeds', '0', 'fields', '0', 'value'],
    ],
    [
      'embeds over 6,000 in all',
      {
        embeds: [
          {
            description: 'd'.repeat(4000),
            fields: [
              { name: 'n', value: 'v'.repeat(1000) },
              { name: 'n', value: 'v'.repeat(1000) },
            ],
          },
        ],
      },
      ['embeds'],
    ],
    [
      'six action rows',
      {
        components: Array.from({ length: 6 }, () => ({
          type: 1,
          components: [{ type: 2, style: 2, custom_id: 'x', label: 'x' }],
        })),
      },
      ['components'],
    ],
    [
      'a 101-character custom_id',
      { components: [{ type: 1, components: [{ type: 2, style: 2, custom_id: 'c'.repeat(101), label: 'x' }] }] },
      ['components', '0', 'components', '0', 'custom_id'],
    ],
    [
      'an 81-character label',
      { components: [{ type: 1, components: [{ type: 2, style: 2, custom_id: 'x', label: 'l'.repeat(81) }] }] },
      ['components', '0', 'components', '0', 'label'],
    ],
  ])('%s: 400 50035 Invalid Form Body at the field', async (_name, body, path) => {
    const error = await post(body);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ status: 400, code: 50035 });
    let at: any = ((error as DiscordAPIError).rawError as { errors?: Record<string, any> }).errors;
    for (const key of path) at = at?.[key];
    expect(at?._errors?.[0]?.code).toMatch(/^(BASE_TYPE_|MAX_EMBED_SIZE)/);
  });
});
