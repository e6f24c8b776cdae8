import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { kb } from './build-items.js';

// Notes written here in the pattern of continuity-planning, disk-layout, cabling and storage notes: a
// sentence states one number about its subject and no word beside the number names what it measures.
function questionsOf(markdown: string): Question[] {
  const { items } = parseNote('notes.md', markdown);
  return generateQuestions(kb(items)).questions.filter((q) => q.kind === 'quantity');
}

const answerOf = (question: Question): string => question.choices[question.answer]!;

describe('a number stated in prose is asked from the sentence’s grammar', () => {
  it('asks how long something takes, keeping "at least"', () => {
    const [question, ...rest] = questionsOf('# Continuity\n\n## Standby sites\n\n- Activating a hot standby takes at least 12 hours after the outage is declared.\n');
    expect(rest).toHaveLength(0);
    expect(question!.stem).toBe('How long does activating a hot standby take at least?');
    expect(answerOf(question!)).toBe('12 hours');
    expect(question!.choices).toHaveLength(4);
    expect(new Set(question!.choices).size).toBe(4);
  });

  it('never keys "at least" or "minimum" to the smallest choice', () => {
    const lines = ['Bringing a cold site online', 'Rebuilding the index', 'A full restore', 'Replaying the journal', 'Warming the cache', 'Seeding a replica'];
    const notes = `# Continuity\n\n## Sites\n\n${lines.map((line, i) => `- ${line} takes at least ${[2, 3, 5, 6, 8, 12][i]} hours.`).join('\n')}\n`;
    const questions = questionsOf(notes);
    expect(questions.length).toBeGreaterThan(2);
    // Choices run ascending or descending: the key is never the smallest, wherever that stands.
    const hours = (choice: string): number => Number.parseInt(choice, 10);
    for (const question of questions) expect(Math.min(...question.choices.map(hours))).toBeLessThan(hours(answerOf(question)));
  });

  it('asks a limit "X are limited to N" as the maximum of the phrase before it, brackets dropped', () => {
    const questions = questionsOf('# Disks\n\n## Layouts\n\n- Legacy (DOS label) volumes are limited to 4 TiB.\n');
    const question = questions.find((q) => q.stem.includes('volumes'));
    expect(question!.stem).toBe('What is the maximum size of legacy volumes?');
    expect(answerOf(question!)).toBe('4 TiB');
    for (const choice of question!.choices) expect(choice).toMatch(/^[\d,.]+ TiB$/);
  });

  it('asks "<key>: …, spans distances of N" with the key as subject and the noun as the measure', () => {
    const [question] = questionsOf('# Cabling\n\n## Coax\n\n- thickwire: backbone cabling used in early offices, spans distances of 500 meters\n');
    expect(question!.stem).toBe('What distance does thickwire span?');
    expect(answerOf(question!)).toBe('500 m');
  });

  it('asks the length in bits of the noun a hyphenated bit length sizes', () => {
    const [question] = questionsOf('# Vault\n\n## Keys\n\nThe vault issues two 256-bit signing keys for every tenant.\n');
    expect(question!.stem).toBe('What is the length in bits of the signing keys for each tenant?');
    expect(answerOf(question!)).toBe('256 bits');
    // Key lengths only double or halve: no 2,560-bit or 25.6-bit keys.
    for (const choice of question!.choices) expect(Math.log2(Number(choice.replace(/[^\d]/g, '')))).toSatisfy(Number.isInteger);
  });

  it('keeps what the limit is per, and asks a port by the phrase that opens the sentence', () => {
    const stems = questionsOf('# Storage\n\n## Exports\n\n- Snapshot exports are limited to 16 TiB per volume.\n- Directory over TLS listens on TCP 636.\n').map((q) => `${q.stem} -> ${answerOf(q)}`);
    expect(stems).toEqual(expect.arrayContaining(['What is the maximum size of snapshot exports, per volume? -> 16 TiB', 'Which port does Directory over TLS listen on? -> port 636']));
  });

  it('reads "<noun> <noun> of N" as no verb: "Minimum storage duration of 90 days" asks no "What duration does …"', () => {
    const questions = questionsOf('# Archive\n\n## Cold tier\n\n- Minimum storage duration of 90 days\n');
    for (const question of questions) expect(question.stem).not.toMatch(/^What duration does/);
  });

  it('drops the sentence when its subject is a pronoun or a clause', () => {
    const questions = questionsOf('# Continuity\n\n## Sites\n\n- It takes at least 3 days.\n- This is limited to 2 TiB.\n- Restores which are manual take 6 hours.\n');
    for (const question of questions) expect(question.stem).not.toMatch(/^How long do(?:es)? |maximum size of this|which are/i);
  });

  it('never asks "50s" with no time word near as seconds', () => {
    const questions = questionsOf('# Antibiotics\n\n## Ribosome\n\n- Macrolides bind the 50s subunit of the ribosome.\n');
    for (const question of questions) expect(question.choices.join(' ')).not.toMatch(/seconds/);
  });
});

describe('a limits sheet row whose property is a measure noun and a relative clause', () => {
  it('asks each listed role of "time after which …" in the row’s thing', () => {
    const notes = '| Service | Property | Value |\n| --- | --- | --- |\n| Broker | Time after which a lease will expire(default, min, max) | 2d,5m,9d |\n| Broker | Max lease size | 64 KB |\n';
    const stems = questionsOf(notes).map((q) => `${q.stem} -> ${answerOf(q)}`);
    expect(stems).toEqual(
      expect.arrayContaining([
        'What is the default time after which a lease will expire in Broker? -> 2 days',
        'What is the maximum time after which a lease will expire in Broker? -> 9 days',
      ]),
    );
    // The minimum, 5 minutes, has no smaller whole value in minutes: keyed first, it would give itself away.
    expect(stems.filter((stem) => stem.includes('minimum'))).toEqual([]);
  });
});

describe('a percentage of something is not the value of that thing', () => {
  it('never asks "What is the <noun>?" with the share "N% of the <noun>": the count that reaches the share is asked instead', () => {
    const questions = questionsOf('# Dosing\n\n## Excretion\n\nThree washes clear 60% of the dose.\n');
    expect(questions.filter((q) => /%/.test(answerOf(q)))).toEqual([]);
    expect(questions.map((q) => [q.stem, answerOf(q)])).toEqual([['How many washes clear 60 % of the dose?', '3']]);
  });
});

describe('wrong ports', () => {
  it('come from the single ports the notes state, never the bounds of a range nor a doubled port', () => {
    const notes = [
      '# Cluster',
      '',
      '## Services',
      '',
      '- NodePort range is 30000-32767',
      '- Dashboard listens on port 8443',
      '- Metrics agent listens on port 9100',
      '- Log shipper listens on port 24224',
      '- Probe daemon listens on port 10255',
      '',
    ].join('\n');
    const ports = questionsOf(notes).filter((q) => /^Which port\b/i.test(q.stem));
    expect(ports.length).toBeGreaterThan(0);
    for (const question of ports) {
      for (const choice of question.choices) expect(choice).not.toMatch(/\b(?:30000|32767|16887|20510|48448|18886)\b/);
    }
  });
});

describe('wrong times', () => {
  it('never offer a fraction of a second beside a whole number of seconds', () => {
    const questions = questionsOf('# Worker\n\n## Retries\n\n- Retry delay: 5 seconds\n- Poll interval: 20 seconds\n');
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) for (const choice of question.choices) expect(choice).not.toMatch(/^\d+\.\d+ seconds?$/);
  });
});
