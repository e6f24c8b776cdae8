import { describe, expect, it } from 'vitest';
import { colourStyle } from '../../../src/adapters/console/terminal-style.js';
import { toPlainText } from '../../../src/adapters/console/to-plain-text.js';

const message = {
  title: 'Question of the day · S3',
  body: 'Which class\u001b[31m is cheapest?',
  choices: [
    { id: 'r:1:0', label: 'A', text: 'Standard' },
    { id: 'r:1:1', label: 'B', text: 'Glacier' },
  ],
  fields: [{ label: 'Source', value: 's3.md:4' }],
  context: 'Closes 17:00 UTC · 0 answers so far',
};

describe('toPlainText', () => {
  it('renders title, body, lettered choices, fields and small print as plain lines, controls shown as ?', () => {
    expect(toPlainText(message)).toBe(
      'Question of the day · S3\nWhich class?[31m is cheapest?\n  A) Standard\n  B) Glacier\nSource: s3.md:4\nCloses 17:00 UTC · 0 answers so far',
    );
  });

  it('with colour: the same text plus emphasis, and only our own escape codes', () => {
    const coloured = toPlainText(message, colourStyle);
    expect(coloured).toContain('\u001b[1mQuestion of the day · S3\u001b[22m');
    expect(coloured).toContain('\u001b[2mCloses 17:00 UTC · 0 answers so far\u001b[22m');
    expect(coloured).not.toContain('\u001b[31m');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(toPlainText(message));
  });
});
