import { describe, expect, it } from 'vitest';
import { baseLexiconOnly } from '../../src/knowledge/lexicon.js';
import { headingName } from '../../src/knowledge/topic-of.js';
import { nameHints } from '../../src/knowledge/vocabulary.js';

describe('headingName: the name a heading gives, never shortened to another thing’s name', () => {
  it.each([
    ['Azure Database for MySQL', 'Database for MySQL'],
    ['Amazon MQ for RabbitMQ', 'MQ for RabbitMQ'],
  ])('keeps a vendor’s "X for Y" product whole: %j → %j', (heading, name) => {
    expect(headingName(heading)).toMatchObject({ name, whole: true });
  });

  it('reads a plain word after "for" as a name when the note writes it capitalised mid-sentence', () => {
    const hints = nameHints(baseLexiconOnly(), ['tundra']);
    expect(headingName('Amazon Relay for Tundra', hints).name).toBe('Relay for Tundra');
    expect(headingName('Amazon Relay for Tundra').name).toBe('Relay');
  });

  it.each([
    ['AWS Lambda for Beginners', 'Lambda'],
    ['S3 for Static Websites', 'S3'],
  ])('does not make an audience or a use a part of the name: %j → %j', (heading, name) => {
    expect(headingName(heading).name).toBe(name);
  });

  it.each([
    ['What’s the AWS CLI?', 'CLI'],
    ["What's an SDK?", 'SDK'],
    ['Whats the ARN?', 'ARN'],
  ])('reads a question heading past its leading phrase and article: %j → %j', (heading, name) => {
    expect(headingName(heading)).toMatchObject({ name, whole: true });
    expect(headingName(heading).aliases.every((alias) => !/^(the|an?)\s/i.test(alias))).toBe(true);
  });
});
