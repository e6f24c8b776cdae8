import { describe, expect, it } from 'vitest';
import { parseTerminalLine } from '../../src/adapters/console/parse-terminal-line.js';
import { toPlainText } from '../../src/adapters/console/to-plain-text.js';
import { flagIdOf, toDiscordMessage } from '../../src/adapters/discord/to-discord-message.js';
import { flagActionId, toBlockKit } from '../../src/adapters/slack/to-block-kit.js';
import type { Message } from '../../src/chat/message.js';

/** The neutral "Flag this question" control, as each adapter renders it. */

const reveal: Message = {
  title: 'Answer: B. 15 minutes',
  body: 'How long may one function run?',
  context: '2 of 3 got it right (67%).',
  flag: { id: 'f:q-1a2b3c4d', label: 'Flag this question' },
};

describe('the flag control', () => {
  it('Slack: a button after everything else, its value the control id', () => {
    const { blocks } = toBlockKit(reveal);
    expect(blocks.at(-1)).toEqual({
      type: 'actions',
      block_id: 'prepbot_flag',
      elements: [
        {
          type: 'button',
          action_id: flagActionId,
          text: { type: 'plain_text', text: 'Flag this question', emoji: true },
          value: 'f:q-1a2b3c4d',
        },
      ],
    });
    expect(toBlockKit({ body: 'no flag here' }).blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('Discord: a button in a row of its own under the choices, told from an answer by its custom id', () => {
    const body = toDiscordMessage({ ...reveal, choices: [{ id: 'p:q-1:0', label: 'A', text: 'one' }] });
    expect(body.components.map((row) => row.components.map((b) => [b.custom_id, b.label]))).toEqual([
      [['p:q-1:0', 'A']],
      [['flag/f:q-1a2b3c4d', 'Flag this question']],
    ]);
    expect(flagIdOf('flag/f:q-1a2b3c4d')).toBe('f:q-1a2b3c4d');
    expect(flagIdOf('p:q-1:0')).toBeUndefined();
    // A body-only message with a flag still needs its button, so it is not plain content.
    expect(toDiscordMessage({ body: 'Right: B', flag: reveal.flag! }).components).toHaveLength(1);
  });

  it('terminal: how to flag, in the small print at the end; /flag [reason] is its own line kind', () => {
    expect(toPlainText(reveal).split('\n').at(-1)).toBe('Flag this question: /flag wrong | unclear | easy | useless');
    expect(parseTerminalLine('/flag')).toEqual({ kind: 'flag', reason: '' });
    expect(parseTerminalLine('/FLAG  too easy ')).toEqual({ kind: 'flag', reason: 'too easy' });
    expect(parseTerminalLine('/flags')).toEqual({ kind: 'command', command: 'flags', text: '' });
  });
});
