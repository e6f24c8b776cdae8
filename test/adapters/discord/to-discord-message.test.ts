import { describe, expect, test } from 'vitest';
import { toDiscordMessage } from '../../../src/adapters/discord/to-discord-message.js';
import { DiscordDeliveryError } from '../../../src/adapters/discord/discord-errors.js';

describe('toDiscordMessage', () => {
  test('a body-only message is plain content, escaped, mentions disabled', () => {
    const body = toDiscordMessage({ body: 'Use *wildcards* with care, @everyone' });
    expect(body.content).toBe('Use \\*wildcards\\* with care, @\u200beveryone');
    expect(body.embeds).toEqual([]);
    expect(body.components).toEqual([]);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  test('a question becomes an embed with choices written out and one button each', () => {
    const body = toDiscordMessage({
      title: 'Question',
      body: 'Which one?',
      choices: [
        { id: 'r1:0', label: 'A', text: 'First' },
        { id: 'r1:1', label: 'B', text: 'Second' },
      ],
      fields: [{ label: 'Topic', value: 'Storage' }],
      context: 'Closes 17:00 UTC · 2 answers so far',
    });
    expect(body.content).toBe('');
    expect(body.embeds[0]).toMatchObject({
      title: 'Question',
      description: 'Which one?\n\n**A** · First\n**B** · Second',
      fields: [{ name: 'Topic', value: 'Storage', inline: true }],
      footer: { text: 'Closes 17:00 UTC · 2 answers so far' },
    });
    expect(body.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, style: 2, custom_id: 'r1:0', label: 'A' },
          { type: 2, style: 2, custom_id: 'r1:1', label: 'B' },
        ],
      },
    ]);
  });

  test('more than five choices wrap onto further rows', () => {
    const choices = Array.from({ length: 7 }, (_, index) => ({
      id: `c${index}`,
      label: String(index),
      text: `t${index}`,
    }));
    const body = toDiscordMessage({ body: 'x', choices });
    expect(body.components.map((row) => row.components.length)).toEqual([5, 2]);
  });

  test('ids Discord cannot take are refused with a clear error', () => {
    expect(() => toDiscordMessage({ body: 'x', choices: [{ id: 'x'.repeat(101), label: 'A', text: 'a' }] })).toThrow(
      DiscordDeliveryError,
    );
    expect(() =>
      toDiscordMessage({
        body: 'x',
        choices: Array.from({ length: 26 }, (_, i) => ({ id: `c${i}`, label: 'L', text: 't' })),
      }),
    ).toThrow(/at most 25 buttons/);
  });

  test('the whole embed stays under 6,000 characters', () => {
    const body = toDiscordMessage({
      title: 't'.repeat(300),
      body: 'word '.repeat(2000),
      fields: Array.from({ length: 10 }, (_, i) => ({ label: `field ${i}`, value: 'value '.repeat(300) })),
      context: 'c'.repeat(3000),
    });
    const [embed] = body.embeds;
    const total =
      (embed?.title?.length ?? 0) +
      (embed?.description?.length ?? 0) +
      (embed?.footer?.text.length ?? 0) +
      (embed?.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
    expect(embed?.title?.length).toBeLessThanOrEqual(256);
    expect(embed?.footer?.text.length).toBeLessThanOrEqual(2048);
    for (const field of embed?.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(1024);
  });

  test('masked links and headings from notes show as text', () => {
    const { content } = toDiscordMessage({ body: '# Title\n[free money](https://example.com)' });
    expect(content).toBe('\\# Title\n\\[free money\\](https://example.com)');
  });
});

describe('toDiscordMessage with a question at the schema limits (issue 13)', () => {
  const unescape = (text: string) => text.replace(/\\(.)/g, '$1');
  const choices = Array.from({ length: 6 }, (_, i) => ({
    id: `r:1:${i}`,
    label: String.fromCharCode(65 + i),
    text: `${'_*'.repeat(149)}${i} `,
  }));
  const body = `${'a_b*c '.repeat(166)}?`;

  test('keeps the whole stem and every choice readable when escaping makes them too long for the description', () => {
    const [embed] = toDiscordMessage({
      title: 'Question of the day · Queues',
      body,
      choices,
      context: 'Closes 17:00 UTC · 0 answers so far',
    }).embeds;
    expect(embed!.description!.length).toBeLessThanOrEqual(4096);
    expect(unescape(embed!.description!)).toBe(body);
    expect(embed!.fields!.map((f) => [f.name, unescape(f.value)])).toEqual(choices.map((c) => [c.label, c.text]));
    const total =
      (embed!.title?.length ?? 0) +
      embed!.description!.length +
      embed!.fields!.reduce((n, f) => n + f.name.length + f.value.length, 0) +
      (embed!.footer?.text.length ?? 0);
    expect(total).toBeLessThanOrEqual(6000);
  });

  test('writes short choices out in the description as before', () => {
    const [embed] = toDiscordMessage({
      title: 'Q',
      body: 'Which?',
      choices: choices.slice(0, 2).map((c) => ({ ...c, text: 'short' })),
    }).embeds;
    expect(embed!.fields).toBeUndefined();
    expect(embed!.description).toBe('Which?\n\n**A** · short\n**B** · short');
  });
});
