import { describe, expect, it } from 'vitest';
import { deskOf } from './notes-desk.js';

// Notes written here: "Sprinkler zones" has figures; the PCX controller is only mentioned, inside
// another term's definition, with no figure of its own. Asking for a pump controller figure must not get a zone's.
const note = [
  '# Irrigation',
  '',
  '## Sprinkler zones',
  '',
  '- Grace period before a zone is marked dry: 40 seconds',
  '- Maximum zones per controller: 12',
  '',
  '## Pumps',
  '',
  '**Booster pump**: raises the pressure when the PCX controller sees it drop, then rests for a cooldown.',
].join('\n');

const { limit } = deskOf({ 'irrigation.md': note });

describe('/limit on a subject the notes mention but give no figure for', () => {
  it('says the notes do not say, rather than answering a figure of something else', () => {
    expect(limit('pcx cooldown period seconds')).toMatch(/^The notes don't say/);
  });

  it('still answers the figure that is there', () => {
    expect(limit('zone grace period')).toMatch(/40 seconds/);
  });
});

describe('/limit asking a price', () => {
  const lines = [
    '# Renewal',
    '',
    '## Renewal',
    '',
    '- To renew, log 40 study hours every year and pay the renewal fee',
  ];
  const desk = (extra: string[]) => deskOf({ 'renewal.md': [...lines, ...extra].join('\n') });
  it('says the notes do not say when no figure is an amount of money', () => {
    expect(desk([]).limit('renewal price')).toMatch(/^The notes don't say/);
  });
  it('answers with the amount when there is one', () => {
    expect(desk(['- Late renewal costs $50']).limit('renewal price')).toMatch(/\$50/);
  });
});

describe('/limit asking a rate ("X per Y")', () => {
  const desk = deskOf({
    'queues.md': [
      '# Queues',
      '',
      '## Queues',
      '',
      '- Max queues per account: 1,000',
      '- A consumer token on a queue subscription is valid for 3 days',
    ].join('\n'),
  });
  it('says the notes do not say when no figure is of both words of the rate', () => {
    expect(desk.limit('queue subscriptions per account')).toMatch(/^The notes don't say/);
  });
  it('answers the rate that is there', () => {
    expect(desk.limit('queues per account')).toMatch(/1,000/);
  });
});
