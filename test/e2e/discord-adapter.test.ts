import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChannelRef, Inbound, Message, Reply } from '../../src/chat/message.js';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/discord-adapter.js';
import { registerCommands } from '../../src/adapters/discord/command-definitions.js';
import { DiscordDeliveryError, CommandRegistrationError } from '../../src/adapters/discord/discord-errors.js';
import { FakeDiscord, permissionBits, type FakeMember } from '../fakes/discord/fake-discord.js';

const logger = pino({ level: 'silent' });
const alice: FakeMember = {
  id: '211111111111111111',
  username: 'alice',
  globalName: 'Alice A.',
  nick: 'Ali',
  permissions: permissionBits.manageGuild | permissionBits.sendMessages,
};
const bob: FakeMember = { id: '222222222222222222', username: 'bob', permissions: permissionBits.sendMessages };
const carol: FakeMember = {
  id: '233333333333333333',
  username: 'carol',
  globalName: 'Carol',
  permissions: permissionBits.sendMessages,
};

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let channel: ChannelRef;
const events: Inbound[] = [];
/** What the core answers; each test sets it. */
let core: (event: Inbound) => Promise<Reply[]> = async () => [];
const completions: Array<[string, string]> = [];

beforeAll(async () => {
  fake = await FakeDiscord.start();
  channel = { platform: 'discord', workspace: fake.guildId, channel: fake.channelId };
  adapter = createDiscordAdapter({
    token: fake.token,
    appId: fake.appId,
    apiUrl: fake.apiUrl,
    logger,
    deferAfterMs: 300,
    retry: { attempts: 4, baseDelayMs: 20 },
    complete: (command, partial) => {
      completions.push([command, partial]);
      return ['S3 object size', 'S3 bucket count', 'SQS message size'].filter((text) =>
        text.toLowerCase().includes(partial.toLowerCase()),
      );
    },
    topics: () => ['Storage', 'Networking', 'Security', 'Serverless'],
  });
  await adapter.start(async (event) => {
    events.push(event);
    return core(event);
  });
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

const say = (body: string, visibility: Reply['visibility'] = 'private'): Reply[] => [{ visibility, message: { body } }];

describe('login', () => {
  test('identifies with the bot token and only the Guilds intent, and reports healthy', () => {
    expect(fake.gateway.record.identifies).toEqual([{ token: fake.token, intents: 1 }]);
    expect(adapter.health()).toMatchObject({ connected: true, gatewayStatus: 'Ready' });
  });
});

describe('registerCommands', () => {
  test('PUTs all seven commands on one guild, /prepbot limited to Manage Server', async () => {
    const registered = await registerCommands({
      token: fake.token,
      appId: fake.appId,
      apiUrl: fake.apiUrl,
      guildId: fake.guildId,
    });
    expect(registered.map((command) => command.name)).toEqual([
      'quiz',
      'limit',
      'define',
      'score',
      'leaderboard',
      'help',
      'prepbot',
    ]);
    expect(registered.every((command) => /^\d+$/.test(command.id))).toBe(true);
    const put = fake.rest.requests.find(
      (request) =>
        request.method === 'PUT' && request.path === `/applications/${fake.appId}/guilds/${fake.guildId}/commands`,
    );
    expect(put?.authorization).toBe(`Bot ${fake.token}`);
    const byName = Object.fromEntries((put?.body as any[]).map((command) => [command.name, command]));
    expect(byName.prepbot.default_member_permissions).toBe(String(permissionBits.manageGuild));
    expect(byName.prepbot.options.map((sub: any) => [sub.name, sub.type])).toEqual([
      ['here', 1],
      ['schedule', 1],
      ['pause', 1],
      ['resume', 1],
      ['next', 1],
      ['season-reset', 1],
      ['flags', 1],
      ['retire', 1],
      ['restore', 1],
    ]);
    expect(byName.prepbot.options[1].options.map((option: any) => [option.name, option.required])).toEqual([
      ['cron', true],
      ['timezone', false],
    ]);
    expect(byName.limit.options[0]).toMatchObject({ name: 'words', type: 3, required: true, autocomplete: true });
    expect(byName.define.options[0]).toMatchObject({ name: 'term', type: 3, required: true, autocomplete: true });
    expect(byName.quiz.options[0]).toMatchObject({ name: 'topic', type: 3, autocomplete: true });
    expect(byName.score.options[0]).toMatchObject({ name: 'user', type: 6 });
    expect(byName.leaderboard.options[0].choices.map((choice: any) => choice.value)).toEqual(['week', 'month', 'all']);
    expect(byName.help.default_member_permissions ?? null).toBeNull();
  });

  test('registers globally without a guild id', async () => {
    await registerCommands({ token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl });
    expect(fake.rest.commands.get('global')?.map((command) => command.name)).toHaveLength(7);
    expect(
      fake.rest.requests.some(
        (request) => request.method === 'PUT' && request.path === `/applications/${fake.appId}/commands`,
      ),
    ).toBe(true);
  });

  test('a refused registration names the application and the target', async () => {
    const attempt = registerCommands({ token: fake.token, appId: '999', apiUrl: fake.apiUrl, guildId: fake.guildId });
    await expect(attempt).rejects.toBeInstanceOf(CommandRegistrationError);
    await expect(attempt).rejects.toThrow(`application 999 on guild ${fake.guildId}`);
  });
});

describe('slash commands reach the core as command events', () => {
  const cases: Array<{ name: string; options?: any[]; users?: FakeMember[]; command: string; text: string }> = [
    { name: 'quiz', command: 'quiz', text: '' },
    { name: 'quiz', options: [{ name: 'topic', type: 3, value: 'Storage' }], command: 'quiz', text: 'Storage' },
    {
      name: 'limit',
      options: [{ name: 'words', type: 3, value: 'sqs message size' }],
      command: 'limit',
      text: 'sqs message size',
    },
    { name: 'define', options: [{ name: 'term', type: 3, value: 'Lambda' }], command: 'define', text: 'Lambda' },
    { name: 'score', command: 'score', text: '' },
    {
      name: 'score',
      options: [{ name: 'user', type: 6, value: carol.id }],
      users: [carol],
      command: 'score',
      text: carol.id,
    },
    {
      name: 'leaderboard',
      options: [{ name: 'period', type: 3, value: 'month' }],
      command: 'leaderboard',
      text: 'month',
    },
    { name: 'help', command: 'help', text: '' },
    { name: 'prepbot', options: [{ name: 'here', type: 1, options: [] }], command: 'prepbot', text: 'here' },
    {
      name: 'prepbot',
      options: [
        {
          name: 'schedule',
          type: 1,
          options: [
            { name: 'timezone', type: 3, value: 'Europe/Berlin' },
            { name: 'cron', type: 3, value: '0 9 * * 1-5' },
          ],
        },
      ],
      command: 'prepbot',
      text: 'schedule 0 9 * * 1-5 Europe/Berlin',
    },
    { name: 'prepbot', options: [{ name: 'pause', type: 1 }], command: 'prepbot', text: 'pause' },
    { name: 'prepbot', options: [{ name: 'resume', type: 1 }], command: 'prepbot', text: 'resume' },
    { name: 'prepbot', options: [{ name: 'next', type: 1 }], command: 'prepbot', text: 'next' },
    { name: 'prepbot', options: [{ name: 'season-reset', type: 1 }], command: 'prepbot', text: 'season reset' },
  ];
  test.each(cases)('/$name $text', async ({ name, options, users, command, text }) => {
    core = async () => say('done');
    const interaction = fake.slashCommand(alice, name, options, users);
    const callback = await fake.callbackFor(interaction);
    expect(events.at(-1)).toEqual({
      type: 'command',
      command,
      text,
      user: { platform: 'discord', workspace: fake.guildId, user: alice.id, name: 'Ali' },
      channel,
    });
    expect(callback.body).toMatchObject({
      type: 4,
      data: { content: 'done', flags: 64, allowed_mentions: { parse: [] } },
    });
    expect(callback.msSinceDispatch).toBeLessThan(3000);
  });

  test('a channel reply is public and later replies follow up', async () => {
    core = async () => [...say('for everyone', 'channel'), ...say('just for you')];
    const interaction = fake.slashCommand(bob, 'leaderboard');
    const callback = await fake.callbackFor(interaction);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags ?? 0).toBe(0);
    const replies = await fake.rest.waitFor(
      () => fake.repliesTo(interaction).length === 2 && fake.repliesTo(interaction),
    );
    expect(replies.map((reply) => [reply.content, reply.flags ?? 0])).toEqual([
      ['for everyone', 0],
      ['just for you', 64],
    ]);
  });

  test('the display name falls back from nickname to global name to username', async () => {
    core = async () => say('ok');
    await fake.callbackFor(fake.slashCommand(carol, 'help'));
    expect(events.at(-1)?.user.name).toBe('Carol');
    await fake.callbackFor(fake.slashCommand(bob, 'help'));
    expect(events.at(-1)?.user.name).toBe('bob');
  });
});

describe('autocomplete', () => {
  test('/limit suggestions come from complete()', async () => {
    const interaction = fake.autocomplete(bob, 'limit', [{ name: 'words', type: 3, value: 'size', focused: true }]);
    const callback = await fake.callbackFor(interaction);
    expect(completions.at(-1)).toEqual(['limit', 'size']);
    expect(callback.body).toEqual({
      type: 8,
      data: {
        choices: [
          { name: 'S3 object size', value: 'S3 object size' },
          { name: 'SQS message size', value: 'SQS message size' },
        ],
      },
    });
  });

  test('/define passes its own command name', async () => {
    const callback = await fake.callbackFor(
      fake.autocomplete(bob, 'define', [{ name: 'term', type: 3, value: 'bucket', focused: true }]),
    );
    expect(completions.at(-1)).toEqual(['define', 'bucket']);
    expect(callback.body.data.choices.map((choice: any) => choice.value)).toEqual(['S3 bucket count']);
  });

  test('/quiz topic suggests matching topics', async () => {
    const callback = await fake.callbackFor(
      fake.autocomplete(bob, 'quiz', [{ name: 'topic', type: 3, value: 'se', focused: true }]),
    );
    expect(callback.body.data.choices.map((choice: any) => choice.value)).toEqual(['Security', 'Serverless']);
  });
});

describe('posting the daily question', () => {
  const longChoice =
    'An answer option whose text runs on far beyond what a Discord button can show, so it must be shortened';
  const question: Message = {
    title: 'Question of the day · Storage',
    body: 'Which storage class fits data read once a quarter? Ask @everyone, then <@&123> decides.',
    choices: [
      { id: 'round-7:0', label: 'A', text: 'Standard' },
      { id: 'round-7:1', label: 'B', text: 'Infrequent access' },
      { id: 'round-7:2', label: longChoice, text: longChoice },
    ],
    context: 'Closes 17:00 UTC · 0 answers so far',
  };

  test('post: one embed with the full choices, a button per choice, nothing pings, keyed nonce', async () => {
    const ref = await adapter.post(channel, question, 'round-7');
    const request = fake.rest.requests.find(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${fake.channelId}/messages` &&
        r.body.nonce !== undefined &&
        fake.rest.messages.has(ref.messageId),
    )!;
    expect(request.authorization).toBe(`Bot ${fake.token}`);
    expect(request.body.enforce_nonce).toBe(true);
    expect(request.body.nonce.length).toBeLessThanOrEqual(25);
    expect(request.body.allowed_mentions).toEqual({ parse: [] });
    const message = fake.rest.messages.get(ref.messageId)!;
    const [embed] = message.embeds;
    expect(embed.title).toBe('Question of the day · Storage');
    expect(embed.description).toContain('Which storage class fits data read once a quarter?');
    expect(embed.description).not.toMatch(/@everyone/);
    expect(embed.description).toContain('**B** · Infrequent access');
    expect(embed.description).toContain(longChoice);
    expect(embed.footer.text).toBe('Closes 17:00 UTC · 0 answers so far');
    const buttons = message.components.flatMap((row: any) => row.components);
    expect(buttons.map((button: any) => button.custom_id)).toEqual(['round-7:0', 'round-7:1', 'round-7:2']);
    expect(buttons[2].label.length).toBeLessThanOrEqual(80);
    expect(buttons[2].label.endsWith('…')).toBe(true);
    expect(ref).toEqual({ channel, messageId: message.id });
  });

  test('posting the same key twice shows one message', async () => {
    const first = await adapter.post(channel, question, 'round-8');
    const second = await adapter.post(channel, question, 'round-8');
    expect(second.messageId).toBe(first.messageId);
  });

  test('after a crash, a post that may already be out is found in the channel instead of posted again', async () => {
    const round9: Message = {
      ...question,
      choices: question.choices!.map((choice, i) => ({ ...choice, id: `round-9:${i}` })),
    };
    const withButton = () =>
      fake.rest
        .channelMessages(fake.channelId)
        .filter((m) => m.components.some((row: any) => row.components.some((b: any) => b.custom_id === 'round-9:0')));
    const first = await adapter.post(channel, round9, 'round-9');
    fake.rest.forgetNonces(); // the restart came after Discord's nonce window
    const again = await adapter.post(channel, round9, 'round-9', { mayExistSince: Date.now() - 60_000 });
    expect(again.messageId).toBe(first.messageId);
    expect(withButton()).toHaveLength(1);
    expect(
      fake.rest.requests.some((r) => r.method === 'GET' && r.path === `/channels/${fake.channelId}/messages`),
    ).toBe(true);
    // Without the hint, only the nonce protects, and it has expired: the post goes out twice.
    await adapter.post(channel, round9, 'round-9');
    expect(withButton()).toHaveLength(2);
  });

  test('a restart hours later in a busy channel pages through the window since the round opened and finds its post (issue 13)', async () => {
    const round10: Message = {
      ...question,
      choices: question.choices!.map((choice, i) => ({ ...choice, id: `round-10:${i}` })),
    };
    const withButton = () =>
      fake.rest
        .channelMessages(fake.channelId)
        .filter((m) => m.components?.some((row: any) => row.components.some((b: any) => b.custom_id === 'round-10:0')));
    const opened = Date.now() - 60_000;
    fake.rest.addChatter(fake.channelId, 150);
    const first = await adapter.post(channel, round10, 'round-10');
    fake.rest.addChatter(fake.channelId, 300);
    fake.rest.forgetNonces();
    const reads = () =>
      fake.rest.requests.filter((r) => r.method === 'GET' && r.path === `/channels/${fake.channelId}/messages`);
    const before = reads().length;
    const again = await adapter.post(channel, round10, 'round-10', { mayExistSince: opened });
    expect(again.messageId).toBe(first.messageId);
    expect(withButton()).toHaveLength(1);
    const pages = reads().slice(before);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.every((page) => page.query.get('after') !== null && page.query.get('limit') === '100')).toBe(true);
  });

  test('update edits the message with the count', async () => {
    const ref = await adapter.post(channel, question, 'round-9');
    await adapter.update(ref, { ...question, context: 'Closes 17:00 UTC · 3 answers so far' });
    const message = fake.rest.messages.get(ref.messageId)!;
    expect(message.embeds[0].footer.text).toBe('Closes 17:00 UTC · 3 answers so far');
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.edited_timestamp).not.toBeNull();
    expect(fake.rest.channelMessages(fake.channelId).filter((m) => m.id === ref.messageId)).toHaveLength(1);
  });

  test('long texts are cut to Discord limits', async () => {
    const word = 'throughput ';
    const ref = await adapter.post(
      channel,
      {
        title: word.repeat(40),
        body: word.repeat(1000),
        fields: [{ label: 'Source', value: word.repeat(200) }],
        context: 'ctx',
      },
      'long-1',
    );
    const [embed] = fake.rest.messages.get(ref.messageId)!.embeds;
    expect(embed.title.length).toBeLessThanOrEqual(256);
    expect(embed.description.length).toBeLessThanOrEqual(4096);
    expect(embed.fields[0].value.length).toBeLessThanOrEqual(1024);
    expect(embed.description.endsWith('throughput…')).toBe(true);
    const plain = await adapter.post(channel, { body: word.repeat(500) }, 'long-2');
    expect(fake.rest.messages.get(plain.messageId)!.content.length).toBeLessThanOrEqual(2000);
  });

  test('a click becomes a choice event with the id, answered privately', async () => {
    const ref = await adapter.post(channel, question, 'round-10');
    core = async () => say('✓ Recorded: B');
    const click = fake.click(bob, ref.messageId, 'round-7:1');
    const callback = await fake.callbackFor(click);
    expect(events.at(-1)).toEqual({
      type: 'choice',
      choiceId: 'round-7:1',
      user: { platform: 'discord', workspace: fake.guildId, user: bob.id, name: 'bob' },
      channel,
    });
    expect(callback.body).toMatchObject({
      type: 4,
      data: { content: '✓ Recorded: B', flags: 64, allowed_mentions: { parse: [] } },
    });
    expect(callback.msSinceDispatch).toBeLessThan(3000);
  });
});

describe('answering within 3 seconds', () => {
  const slow = (ms: number, replies: Reply[]) => async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return replies;
  };

  test('a slow command is deferred ephemerally, then the reply replaces the placeholder', async () => {
    core = slow(800, say('took a while'));
    const interaction = fake.slashCommand(bob, 'score');
    const callback = await fake.callbackFor(interaction);
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(callback.msSinceDispatch).toBeLessThan(1000);
    const [reply] = await fake.rest.waitFor(
      () => fake.repliesTo(interaction).length > 0 && fake.repliesTo(interaction),
    );
    expect(reply?.content).toBe('took a while');
    expect(reply?.allowed_mentions).toEqual({ parse: [] });
  });

  test('a slow command whose answer is public posts it in the channel', async () => {
    core = slow(600, say('public result', 'channel'));
    const before = fake.rest.channelMessages(fake.channelId).length;
    const interaction = fake.slashCommand(bob, 'leaderboard');
    expect((await fake.callbackFor(interaction)).body.type).toBe(5);
    const posted = await fake.rest.waitFor(() =>
      fake.rest
        .channelMessages(fake.channelId)
        .slice(before)
        .find((m) => m.content === 'public result'),
    );
    expect(posted.allowed_mentions).toEqual({ parse: [] });
    expect(fake.repliesTo(interaction)).toHaveLength(0);
  });

  test('a slow click is acknowledged with type 6, then a private follow-up', async () => {
    const ref = await adapter.post(
      channel,
      { body: 'q', choices: [{ id: 'slow:0', label: 'A', text: 'a' }] },
      'slow-round',
    );
    core = slow(700, say('✓ Recorded'));
    const click = fake.click(carol, ref.messageId, 'slow:0');
    const callback = await fake.callbackFor(click);
    expect(callback.body).toEqual({ type: 6 });
    const [followUp] = await fake.rest.waitFor(() => fake.repliesTo(click).length > 0 && fake.repliesTo(click));
    expect(followUp).toMatchObject({ content: '✓ Recorded', flags: 64 });
  });

  test('when the core fails, the person gets a private apology', async () => {
    core = async () => {
      throw new Error('boom');
    };
    const callback = await fake.callbackFor(fake.slashCommand(bob, 'help'));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(64);
    expect(callback.body.data.content).toMatch(/something went wrong/i);
  });
});

describe('isAdmin', () => {
  test('follows the Manage Server permission of the last interaction', async () => {
    core = async () => say('ok');
    await fake.callbackFor(fake.slashCommand(alice, 'help'));
    await fake.callbackFor(fake.slashCommand(bob, 'help'));
    const ref = (member: FakeMember) => ({
      platform: 'discord' as const,
      workspace: fake.guildId,
      user: member.id,
      name: member.username,
    });
    expect(await adapter.isAdmin(ref(alice))).toBe(true);
    expect(await adapter.isAdmin(ref(bob))).toBe(false);
    expect(await adapter.isAdmin({ ...ref(alice), workspace: '1' })).toBe(false);
    const boss: FakeMember = { id: '244444444444444444', username: 'boss', permissions: permissionBits.administrator };
    await fake.callbackFor(fake.slashCommand(boss, 'help'));
    expect(await adapter.isAdmin(ref(boss))).toBe(true);
  });
});

describe('delivery failures', () => {
  test('5xx answers are retried with back-off and the post lands once', async () => {
    fake.rest.inject({
      method: 'POST',
      pathPrefix: `/channels/${fake.channelId}/messages`,
      kind: { status: 502 },
      times: 3,
    });
    const before = fake.rest.channelMessages(fake.channelId).length;
    const ref = await adapter.post(channel, { body: 'after a hiccup' }, 'retry-1');
    expect(fake.rest.messages.get(ref.messageId)?.content).toBe('after a hiccup');
    expect(fake.rest.channelMessages(fake.channelId).length).toBe(before + 1);
    expect(adapter.health().deliveryRetries).toBeGreaterThan(0);
  });

  test('a refused post (4xx) throws DiscordDeliveryError naming the channel', async () => {
    fake.rest.inject({ method: 'POST', pathPrefix: '/channels/42/messages', kind: { status: 403 }, times: 1 });
    const attempt = adapter.post({ ...channel, channel: '42' }, { title: 't', body: 'b' }, 'bad');
    await expect(attempt).rejects.toBeInstanceOf(DiscordDeliveryError);
    await expect(adapter.update({ channel, messageId: '1' }, { body: 'x' })).rejects.toThrow(
      /Editing Discord message 1 in channel/,
    );
  });
});

describe('a lost heartbeat', () => {
  test('the client resumes; a post made meanwhile is neither lost nor doubled; a click sent meanwhile is answered', async () => {
    const local = await FakeDiscord.start();
    local.gateway.heartbeatIntervalMs = 150;
    const seen: Inbound[] = [];
    const second = createDiscordAdapter({
      token: local.token,
      appId: local.appId,
      apiUrl: local.apiUrl,
      logger,
      retry: { attempts: 5, baseDelayMs: 50 },
    });
    await second.start(async (event) => {
      seen.push(event);
      return say('✓ Recorded');
    });
    try {
      const here: ChannelRef = { platform: 'discord', workspace: local.guildId, channel: local.channelId };
      const question = await second.post(
        here,
        { body: 'q', choices: [{ id: 'r:0', label: 'A', text: 'a' }] },
        'resume-q',
      );
      local.gateway.goSilent();
      // The network is down for the gateway, and the first POST's answer is lost on the way back too.
      local.rest.inject({
        method: 'POST',
        pathPrefix: `/channels/${local.channelId}/messages`,
        kind: 'drop',
        times: 1,
      });
      const posting = second.post(here, { title: 'Reveal', body: 'The answer was A' }, 'resume-reveal');
      const click = local.click(bob, question.messageId, 'r:0');
      await posting;
      await local.gateway.waitUntilConnected();
      await local.callbackFor(click);
      expect(local.gateway.record.resumes).toHaveLength(1);
      expect(local.gateway.record.identifies).toHaveLength(1);
      const reveals = local.rest.channelMessages(local.channelId).filter((m) => m.embeds[0]?.title === 'Reveal');
      expect(reveals).toHaveLength(1);
      const attempts = local.rest.requests.filter(
        (r) => r.method === 'POST' && r.body?.embeds?.[0]?.title === 'Reveal',
      );
      expect(attempts.length).toBeGreaterThanOrEqual(2);
      expect(new Set(attempts.map((r) => r.body.nonce)).size).toBe(1);
      expect(seen.filter((event) => event.type === 'choice')).toHaveLength(1);
      expect(second.health()).toMatchObject({ connected: true, reconnects: 1 });
    } finally {
      await second.stop();
      await local.close();
    }
  });
});

describe('start and stop', () => {
  test('a wrong token fails start with DiscordLoginError; stop is idempotent', async () => {
    const local = await FakeDiscord.start();
    const wrong = createDiscordAdapter({ token: 'not.the.token', appId: local.appId, apiUrl: local.apiUrl, logger });
    try {
      await expect(wrong.start(async () => [])).rejects.toMatchObject({
        name: 'DiscordLoginError',
        code: 'DISCORD_LOGIN_FAILED',
      });
      expect(wrong.health().connected).toBe(false);
      await wrong.stop();
      await wrong.stop();
    } finally {
      await local.close();
    }
  });
});
