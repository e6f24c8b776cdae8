import { describe, expect, it } from 'vitest';
import { blockKitLimits, toBlockKit } from '../../../src/adapters/slack/to-block-kit.js';

type Block = Record<string, any>;

describe('toBlockKit', () => {
  it('renders a body-only message as one mrkdwn section with a fallback text', () => {
    const { text, blocks } = toBlockKit({ body: 'Max size is 5 TB' });
    expect(text).toBe('Max size is 5 TB');
    expect(blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Max size is 5 TB', verbatim: true } }]);
  });

  it('lists the full choices in the section and gives each button a unique action id and the choice id as value', () => {
    const { blocks } = toBlockKit({
      body: 'Which one?',
      choices: [
        { id: 'r:0', label: 'A', text: 'first' },
        { id: 'r:1', label: 'B', text: 'second' },
        { id: 'r:2', label: 'C', text: 'third' },
      ],
    });
    expect((blocks[0] as Block).text.text).toBe('Which one?\n\n*A.* first\n*B.* second\n*C.* third');
    const buttons = (blocks[1] as Block).elements as Block[];
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual([
      ['prepbot_choice_0', 'r:0'],
      ['prepbot_choice_1', 'r:1'],
      ['prepbot_choice_2', 'r:2'],
    ]);
  });

  it('cuts a header, button labels and a huge stem to Block Kit limits but keeps every choice visible', () => {
    const { blocks } = toBlockKit({
      title: 'T'.repeat(400),
      body: 'stem '.repeat(1000),
      choices: [{ id: 'x', label: 'L'.repeat(200), text: 'the right one' }],
    });
    const [header, section, actions] = blocks as Block[];
    expect(header?.text.text.length).toBeLessThanOrEqual(blockKitLimits.header);
    expect(section?.text.text.length).toBeLessThanOrEqual(blockKitLimits.sectionText);
    expect(section?.text.text).toContain('the right one');
    expect(section?.text.text).toContain('…');
    expect(actions?.elements[0].text.text.length).toBeLessThanOrEqual(blockKitLimits.buttonText);
  });

  it('renders fields with bold, escaped labels and a plain_text context line', () => {
    const { blocks } = toBlockKit({
      body: 'b',
      fields: [{ label: 'Source <x>', value: 'notes.md & more' }],
      context: 'Closes 17:00 UTC · 3 answers so far',
    });
    expect((blocks[1] as Block).fields).toEqual([
      { type: 'mrkdwn', text: '*Source &lt;x&gt;*\nnotes.md &amp; more', verbatim: true },
    ]);
    expect(blocks[2]).toEqual({
      type: 'context',
      elements: [{ type: 'plain_text', text: 'Closes 17:00 UTC · 3 answers so far', emoji: true }],
    });
  });

  it('escapes the fallback text, which Slack shows in notifications', () => {
    expect(toBlockKit({ title: 'Hi <!everyone>', body: 'x' }).text).toBe('Hi &lt;!everyone&gt;: x');
  });
});

describe('toBlockKit with a question at the schema limits (issue 13)', () => {
  it('keeps the 1,000-character stem and all six 300-character choices whole, each section within 3,000', () => {
    const choices = Array.from({ length: 6 }, (_, i) => ({
      id: `r:1:${i}`,
      label: String.fromCharCode(65 + i),
      text: `${'choice '.repeat(42)}${i}`.slice(-300),
    }));
    const body = `${'stem & more '.repeat(83)}?`;
    const { blocks } = toBlockKit({ title: 'Question of the day · Queues', body, choices });
    const sections = (blocks as Block[]).filter((b) => b.type === 'section').map((b) => b.text.text as string);
    for (const text of sections) expect(text.length).toBeLessThanOrEqual(blockKitLimits.sectionText);
    const shown = sections.join('\n');
    expect(shown).toContain(body.replaceAll('&', '&amp;'));
    for (const choice of choices) expect(shown).toContain(`*${choice.label}.* ${choice.text}`);
    expect(shown).not.toContain('…');
  });
});
