import { describe, expect, it } from 'vitest';
import type { FactItem } from '../../src/knowledge/item.js';
import { findQuantities, parseQuantity } from '../../src/knowledge/parse-quantity.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { comparison, fact, kb } from './build-items.js';

const asked = (items: Parameters<typeof kb>[0]): string[] => generateQuestions(kb(items)).questions.map((q) => `${q.stem} -> ${q.choices[q.answer]}`);

// Several limits of one kind, so that every question finds distractors of its own kind.
// Each row on a line of its own, as in a notes file.
const row = (subject: string, property: string, value: string, line: number) =>
  comparison('Limits', subject, [['Property', property], ['Value', value]], { id: `row-${line}`, source: { file: 'limits.md', line, section: ['Limits'] } });
const queueSheet = () => [
  row('Mailbox', 'Message lock (default, min, max)', '45s, 5s, 6h', 3),
  row('Mailbox', 'Message expiry (default, min, max)', '3d,1m,9d', 4),
  row('Ledger', 'Close timeout', '90 seconds', 5),
  row('Ledger', 'Snapshot interval', '12 hours', 6),
  row('Ledger', 'Audit retention', '30 days', 7),
];

/** A fact read from a statement, the way the notes parser keeps its text. */
const stated = (subject: string, attribute: string, text: string, extra: Partial<FactItem> = {}): FactItem => ({
  ...fact(subject, attribute, findQuantities(text)[0]!, extra),
  text,
});

describe('each stated limit asked once per role', () => {
  it('asks the default and the maximum of one row as two facts, never the default as the maximum', () => {
    const questions = asked(queueSheet());
    expect(questions).toContain('What is the default message lock for Mailbox? -> 45 seconds');
    expect(questions).toContain('What is the maximum message lock for Mailbox? -> 6 hours');
    // The values in shorthand ("3d,1m,9d") are days and minutes under a word for time.
    expect(questions).toContain('What is the default message expiry for Mailbox? -> 3 days');
    expect(questions).toContain('What is the maximum message expiry for Mailbox? -> 9 days');
    expect(questions.some((q) => /maximum message lock.*45 seconds|default message lock.*6 hours/.test(q))).toBe(false);
  });

  it('asks one end of a range, and only the maximum of a range from one', () => {
    const items = [
      stated('Blob', 'number of bytes', 'k is the number of bytes (1-4096) of a key'),
      stated('Blob', 'block size', 'block size 64 KB - 4 MB'),
      stated('Blob', 'page size', 'page size 512 bytes'),
      stated('Blob', 'tag size', 'tag size up to 256 bytes'),
      stated('Blob', 'header size', 'header size up to 8 KB'),
    ];
    const questions = asked(items);
    expect(questions).toContain('What is the maximum number of bytes for Blob? -> 4,096 bytes');
    expect(questions.filter((q) => q.includes('number of bytes'))).toHaveLength(1);
    expect(questions.filter((q) => q.includes('block size'))).toEqual(['What is the minimum block size for Blob? -> 64 KB']);
  });

  it('skips a bound read as a step, and a predicate read as a property', () => {
    const grows = stated('Volume', 'increments', 'grows in increments of 20 GB, up to 32 TB');
    const second = { ...grows, id: 'grows-max', quantity: findQuantities(grows.text)[1]!, role: 'maximum' as const };
    const accurate = { ...stated('Timestamp', 'accurate', 'Timestamp takes 5 bytes, accurate to 1 ms'), quantity: parseQuantity('1 ms')! };
    const items = [grows, second, accurate, stated('Volume', 'disk size', 'disk size up to 16 TB'), stated('Volume', 'snapshot size', 'snapshot size up to 64 TB'), stated('Timer', 'tick', 'tick every 10 ms'), stated('Timer', 'lease timeout', 'lease timeout 200 ms')];
    const questions = asked(items);
    expect(questions).toContain('What is the size of the increments for Volume? -> 20 GB');
    expect(questions.some((q) => q.includes('32 TB'))).toBe(false);
    expect(questions.some((q) => q.includes('accurate'))).toBe(false);
  });

  it('names the thing under a generic heading and the named part under a topic', () => {
    const items = [
      stated('Terms and basics', 'key size', 'Maximum key size is 600 B', { subject: 'Terms and basics hash index', topic: 'Terms and basics', quantity: parseQuantity('600 B')! }),
      stated('Text data', 'number of bytes', 'n is the number of bytes (1-6000)', { subject: 'Text data WIDECHAR(n|max) and WIDETEXT', topic: 'Text data' }),
      stated('Text data', 'number of bytes', 'n is the number of bytes (1-3000)', { id: 'narrow', subject: 'Text data TINYCHAR(n) and TINYTEXT', topic: 'Text data' }),
      // Under a generic heading the subject itself is asked, its argument list left out.
      stated('Field types', 'number of bytes', 'n is the number of bytes (1-1000)', { id: 'field', subject: 'Field types SMALLCHAR(n|max)', topic: 'Field types' }),
      stated('Index', 'row size', 'row size up to 8 KB'),
      stated('Index', 'page size', 'page size 16 KB'),
    ];
    const questions = asked(items);
    expect(questions).toContain('What is the maximum key size for a hash index? -> 600 bytes');
    // "n is the number of bytes (1-6000)" is the parameter's limit, asked with n kept (parameter-limit.ts);
    // the heading of plain words ("Text data") is no place to put the names in.
    expect(questions).toContain('What is the largest n allowed in WIDECHAR(n) and WIDETEXT(n)? -> 6,000');
    expect(questions).toContain('What is the largest n allowed in TINYCHAR(n) and TINYTEXT(n)? -> 3,000');
    expect(questions).toContain('What is the maximum number of bytes for Field types SMALLCHAR? -> 1,000 bytes');
  });
});

describe('a percentage asked by what it is a share of', () => {
  it('takes the noun by the number and keeps the baseline, whatever the label or the verb before it', () => {
    const items = [
      stated('Committed Plans', 'rebate compared', 'Up to 60% rebate compared to Pay-as-you-go'),
      stated('Preemptible VMs', 'compared', 'Can get a rebate of up to 80% compared to Pay-as-you-go'),
      { ...stated('Committed Plans', 'billing model', 'Committed Plans, Billing model: Up to 60% rebate compared to Pay-as-you-go'), id: 'row', source: { file: 'plans.md', line: 40, section: ['Plans'] } },
      stated('Burst VMs', 'rebate', 'a rebate of up to 30% on idle hours'),
      stated('Cold tier', 'cheaper', 'Up to 85% cheaper than the hot tier'),
    ];
    const questions = asked(items);
    expect(questions).toContain('What is the maximum rebate for Committed Plans, compared to Pay-as-you-go? -> 60 %');
    expect(questions).toContain('What is the maximum rebate for Preemptible VMs, compared to Pay-as-you-go? -> 80 %');
    // The table row states the same share again: one question.
    expect(questions.filter((q) => q.includes('Committed Plans'))).toHaveLength(1);
    // A comparative alone ("85 % cheaper") names nothing to ask about.
    expect(questions.some((q) => q.includes('cheaper'))).toBe(false);
  });
});

describe('a range that is one fact, asked whole', () => {
  it('asks a port range as a range, never one end of it as "the" port', () => {
    const items = [
      fact('Agent', 'port', parseQuantity('ports 40000–40999')!, { text: 'Agent port: 40000–40999' }),
      fact('Relay', 'port', parseQuantity('port 7400')!, { text: 'Relay port: 7400' }),
    ];
    const questions = generateQuestions(kb(items)).questions;
    const [range] = questions.filter((q) => q.topic === 'Agent');
    expect(range!.stem).toBe('Which port range does Agent use?');
    expect(range!.choices[range!.answer]).toBe('40000–40999');
    for (const choice of range!.choices) expect(choice).toMatch(/^\d+–\d+$/);
    expect(questions.some((q) => q.choices[q.answer] === 'port 40000')).toBe(false);
  });

  it('asks a range of plain numbers whole, with near misses a learner confuses for a short one', () => {
    const levels = { ...fact('Scheduler', 'priority level', findQuantities('priority levels range from -10 to 9')[0]!), text: 'priority levels range from -10 to 9' };
    const [question] = generateQuestions(kb([levels])).questions;
    expect(question!.stem).toBe('What is the range of priority level for Scheduler?');
    expect(question!.choices[question!.answer]).toBe('-10 to 9');
    expect(question!.choices).toHaveLength(4);
    for (const choice of question!.choices) expect(choice).toMatch(/^-?\d+ to -?\d+$/);
  });

  it('reads the unit after "between a and b", and no range before a unit it does not know', () => {
    expect(findQuantities('a battery lasts between 10 and 40 minutes')).toMatchObject([{ dimension: 'duration', min: 600, max: 2400 }]);
    expect(findQuantities('the signal range is 10 to 50 yd')).toEqual([]);
  });
});

describe('one range stated in two places', () => {
  it('is asked once', () => {
    const items = [
      fact('Relay', 'Relay', findQuantities('Relay range is 40000–40999')[0]!, { text: 'Relay range is 40000–40999 — other ports are refused', topic: 'Commands' }),
      fact('Relay services', 'port', parseQuantity('ports 40000–40999')!, { text: 'Relay services port: 40000–40999', topic: 'Ports' }),
    ];
    const questions = generateQuestions(kb(items)).questions;
    expect(questions.filter((q) => /40000/.test(q.choices[q.answer]!))).toHaveLength(1);
  });
});

describe('distractors a person would believe', () => {
  it('never offers a share above 100 % for one below it, nor half a minute or 0.3 seconds', () => {
    const items = [
      stated('Flash VMs', 'rebate', 'up to 80% rebate on idle capacity'),
      stated('Node agent', 'grace period', 'grace period: 6 minutes'),
      stated('Node agent', 'heartbeat', 'heartbeat every 1 second'),
    ];
    const choices = generateQuestions(kb(items)).questions.flatMap((q) => q.choices);
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) {
      expect(choice).not.toMatch(/^(1\d\d|[2-9]\d\d) %$/);
      expect(choice).not.toMatch(/^\d+\.\d+ minutes?$|^0\.\d+ seconds?$/);
    }
  });
});

describe('distractors that are other values, not roundings', () => {
  it('never offers another fact within 5 % of the answer', () => {
    const items = [stated('Worker', 'scratch space', 'scratch space up to 2048 MB'), stated('Worker', 'cache', 'cache of 2000 MB'), stated('Worker', 'log buffer', 'log buffer of 512 MB')];
    const question = generateQuestions(kb(items)).questions.find((q) => q.stem.includes('scratch space'))!;
    expect(question.choices[question.answer]).toBe('2,048 MB');
    expect(question.choices).not.toContain('2,000 MB');
  });
});

// A sheet of relay settings: a minimum of one second (a floor) and a minimum that is a real figure.
const relaySheet = () => [
  row('Relay', 'Handshake wait (default, min, max)', '40s, 1s, 2h', 3),
  row('Relay', 'Log retention (default, min, max)', '7d,3d,60d', 5),
  row('Relay', 'Idle cutoff', '15 minutes', 6),
  row('Relay', 'Archive hold', '90 days', 7),
];

describe('a minimum of one unit', () => {
  it('is not asked: the default and maximum beside it are', () => {
    const questions = asked(relaySheet());
    expect(questions.filter((q) => /minimum handshake wait/i.test(q))).toEqual([]);
    expect(questions).toEqual(expect.arrayContaining(['What is the default handshake wait for Relay? -> 40 seconds', 'What is the maximum handshake wait for Relay? -> 2 hours']));
  });

  it('leaves a minimum of more than one unit asked', () => {
    expect(asked(relaySheet())).toContain('What is the minimum log retention for Relay? -> 3 days');
  });
});
