import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/knowledge/item.js';
import { buildFactDesk } from '../../src/lookup/build-fact-desk.js';
import { toPlainText } from '../../src/adapters/console/to-plain-text.js';
import { deskOf } from './notes-desk.js';

// Notes written here, in the shapes of issue 11's third round, read by the real parser and asked
// through the real desk. Only the first three lines of a reply count, as in the corpus evaluation.

const NOT_IN_NOTES = /^The notes don't say/;

describe('/define and a glossary line "term: what it is"', () => {
  // A heading named as asked, whose text (in another language) does not say what the term is, and a
  // glossary line elsewhere that does: the shape bilingual notes take.
  const source = (line: number, section: string[]) => ({ file: 'drift.md', line, section });
  const items: Item[] = [
    {
      kind: 'definition',
      id: 'd1',
      topic: 'Sensor Drift',
      term: 'Sensor Drift',
      definition: '很难避免！！真实的传感器不会完全准确，2019年的野外试验',
      aliases: [],
      source: source(2, ['Sensor Drift']),
    },
    {
      kind: 'fact',
      id: 'f1',
      topic: 'Sensor Drift',
      subject: 'Sensor Drift',
      attribute: 'sensor drift',
      text: 'sensor drift: a slow departure of the readings from the true value over months',
      source: source(9, ['Sensor Drift', 'Terms']),
    },
    {
      kind: 'definition',
      id: 'd2',
      topic: 'Probe',
      term: 'Probe',
      definition: 'a small sensor that hangs from a mast and reports to a relay',
      aliases: [],
      source: source(12, ['Hardware']),
    },
    {
      kind: 'fact',
      id: 'f2',
      topic: 'Versions',
      subject: 'Versions',
      attribute: 'probe',
      text: 'probe: v3',
      source: source(15, ['Versions']),
    },
  ];
  const desk = buildFactDesk(items);
  const define = (query: string) => toPlainText(desk.define(query)).split('\n').slice(0, 3).join('\n');

  it('answers with the glossary line over a heading whose text does not say what the term is', () => {
    expect(define('sensor drift')).toMatch(/slow departure of the readings/);
  });

  it('does not take a bare value after a colon for a definition', () => {
    expect(define('probe')).toMatch(/small sensor that hangs from a mast/);
  });
});

describe('/define and a sentence that names the term last', () => {
  const desk = deskOf({
    'probes.md': [
      '# Probes',
      '',
      'Probes report every minute to the nearest relay and keep a day of readings on board. Several probes on one mast can be grouped to form a **constellation**. A relay forwards what it hears to the archive.',
      '',
      '## Relays',
      '',
      '- **Relay**: a mast-top radio that joins a constellation when it boots',
      '- **Archive**: the store that keeps every constellation reading for a year',
      '',
      '## Timing',
      '',
      'Each relay waits before it answers a probe, and the wait grows with load. The delay before a relay answers is referred to as the **echo lag**. Relays drop readings older than a day.',
      '',
      '- **Backoff**: doubles the echo lag after each missed answer',
      '',
    ].join('\n'),
  });

  it('answers with the sentence that says what the term is, over mentions of it', () => {
    expect(desk.define('constellation')).toMatch(/grouped to form a constellation/);
    expect(desk.define('echo lag')).toMatch(/referred to as the echo lag/);
  });

  it('still says so when no sentence names the asked term', () => {
    expect(desk.define('mast height')).toMatch(NOT_IN_NOTES);
  });
});

describe('bilingual notes: English glued to Chinese, numbers glued to Chinese units', () => {
  const desk = deskOf({
    'battery.md': [
      '# Probe Battery',
      '',
      '- Battery life: 电池寿命约为5年',
      '- Sync interval例题: 每隔15分钟同步一次',
      '- Warranty: 在保修期30天内可以免费更换',
      '',
    ].join('\n'),
  });

  it('finds a number written right after Chinese words, with its unit read as the English word', () => {
    expect(desk.limit('battery life years')).toMatch(/5年/);
    expect(desk.limit('warranty days')).toMatch(/30天/);
  });

  it('finds an English label glued to Chinese by its English words', () => {
    expect(desk.limit('sync interval')).toMatch(/15分钟/);
  });

  it('does not answer what the notes do not hold', () => {
    expect(desk.limit('battery weight')).toMatch(NOT_IN_NOTES);
  });
});

describe('a word that names the notes as a whole is not a subject a fact must be filed under', () => {
  // Most items (48 of 51) sit under headings that hold "Falconry"; the exam facts do not.
  const falconry = ['# Falconry Guide', ''];
  const birds = ['Kestrel', 'Merlin', 'Harrier', 'Goshawk', 'Peregrine', 'Saker'];
  for (const bird of birds.flatMap((name) => [1, 2, 3, 4].map((n) => `${name} ${n}`))) {
    falconry.push(`## Falconry Guide: ${bird}`, '', `- A ${bird.toLowerCase()} hood weighs 30 grams`, '');
    falconry.push(`- A ${bird.toLowerCase()} is flown at most 2 hours a day`, '');
  }
  const desk = deskOf({
    'falconry.md': falconry.join('\n'),
    'exam.md': [
      '# Exam Format',
      '',
      '- Passing marks are at least 640 out of 900 points',
      '- Format is adaptive, with 80 - 120 questions',
      '- Most questions have 4 options; there are also 20 unscored questions',
      '',
    ].join('\n'),
  });

  it('answers the exam facts when the query adds the field name', () => {
    expect(desk.limit('falconry passing marks')).toMatch(/640/);
  });

  it('answers "how many X" with the number that counts X, not a number beside X', () => {
    expect(desk.limit('how many questions falconry exam')).toMatch(/80 - 120 questions/);
  });

  it('still says so when the rest of the query is not in the notes', () => {
    expect(desk.limit('falconry license fee')).toMatch(NOT_IN_NOTES);
  });
});

describe('savings is said as a discount', () => {
  const desk = deskOf({
    'perches.md': [
      '# Spot Perches',
      '',
      '- A discount of up to 70% compared to owned perches',
      '',
      '# Savings Plans',
      '',
      '- Commit to a spend of $5/hour for 1 or 3 years',
      '- Savings Plans cover every perch size',
      '',
    ].join('\n'),
  });

  it('answers "savings" with the discount', () => {
    expect(desk.limit('spot perches savings')).toMatch(/70/);
  });
});

describe('a sentence that introduces a formula heading', () => {
  const desk = deskOf({
    'queues.md': [
      '# Queues',
      '## Draining',
      'A queue drains a fixed share of its backlog each tick. The ticks it takes to drain 50% of the backlog are referred to as **half-drain**. Three half-drains will clear 87% of it and can be written as:',
      '### $87\\% < 3 \\times d_{\\frac{1}{2}}$',
      '**d1/2** = half-drain',
      '',
      '## Lanes',
      '**Very long half-drain** for lanes with a cold cache, which is rare.',
      '',
    ].join('\n'),
  });

  it('is a fact the desk finds, and its "referred to as" defines the term', () => {
    expect(desk.define('half-drain')).toMatch(/referred to as half-drain/);
    expect(desk.limit('half drains to clear 87%')).toMatch(/Three half-drains will clear 87%/);
  });
});

describe('abbreviations the notes define themselves', () => {
  // Front matter names the abbreviation; the facts are filed under the long name (the file's title).
  const desk = deskOf({
    'Warm Cache.md': [
      '---',
      'aliases:',
      '  - WC',
      '---',
      'A cache in front of every store.',
      '',
      '- Objects up to 4 MB',
      '- Retrieval takes 2 seconds',
      '',
    ].join('\n'),
    'Cold Ledger Archive.md': [
      '---',
      'aliases:',
      '  - CLA',
      '---',
      'A store for data nobody reads.',
      '',
      '- Objects up to 40 TB',
      '- Retrieval takes 3 - 9 hours',
      '',
    ].join('\n'),
    'Tips.md': ['# Tips', '', '- Put a Rapid Index Table (RIT) in front of the CLA.', ''].join('\n'),
  });

  it('answers the abbreviation with what the notes file under the long name', () => {
    expect(desk.limit('cla object size')).toMatch(/40 TB/);
    expect(desk.limit('cla retrieval time')).toMatch(/3 to 9 hours/);
  });

  it("does not answer another store's figure for it", () => {
    expect(desk.limit('cla entries')).toMatch(NOT_IN_NOTES);
  });
});

describe('a subject the notes define but give no figure for', () => {
  const desk = deskOf({
    'drugs.md': [
      '# Halvane',
      '',
      'Halvane is a slow-acting calming agent given at night.',
      '',
      '# Elimination',
      '',
      '- Half-life: the time to clear 50% of a dose',
      '- Most agents are cleared within 6 hours',
      '',
    ].join('\n'),
  });

  it('says the notes do not say, rather than give a figure about something else', () => {
    expect(desk.limit('halvane half-life')).toMatch(NOT_IN_NOTES);
  });

  it('still answers the figure the notes give', () => {
    expect(desk.limit('half-life')).toMatch(/50%/);
  });
});

describe('/define and a paragraph that defines two terms', () => {
  const desk = deskOf({
    'signal.md': [
      '# Reach and Wander',
      '',
      '**Reach** is a term which describes how far a probe signal carries (with gain and height). **Wander** is a term which describes how fast the readings of a probe move away from the truth.',
      '',
      'The **wander** can be cut by calibrating every month, or by shading the probe. This is called the monthly reset.',
      '',
    ].join('\n'),
  });

  it('answers the second term with the sentence that defines it, over a sentence that only mentions it', () => {
    // The sentence is read as Wander's definition (knowledge/later-leads.ts): the reply opens with the term, then it.
    expect(desk.define('wander')).toMatch(/^Wander(?: is |\n)a term which describes how fast/);
  });
});

describe('a name with its number in brackets', () => {
  const desk = deskOf({
    'signals.md': [
      '# Stopping Relays',
      '',
      '- `relayctl -HALT` (7) stops a relay at once',
      '- `relayctl -PAUSE` waits for the queue to drain',
      '',
    ].join('\n'),
  });

  it('answers "X number" with the number the notes give X', () => {
    expect(desk.limit('halt number')).toMatch(/HALT` \(7\)|HALT \(7\)/);
  });

  it('does not give that number for another name', () => {
    expect(desk.limit('pause number')).toMatch(NOT_IN_NOTES);
  });
});

describe('"binding" asks what the notes say is "bound"', () => {
  const desk = deskOf({
    'agents.md': [
      '# Halvane',
      '',
      '- 90% absorbed from the gut',
      '- Slow onset, 60-70% bound to plasma protein, cleared by the kidney',
      '',
    ].join('\n'),
  });

  it('answers protein binding with the share bound', () => {
    expect(desk.limit('halvane binding')).toMatch(/60-70% bound/);
  });
});
