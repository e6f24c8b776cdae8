import { describe, expect, it } from 'vitest';
import type { FactItem } from '../../src/knowledge/item.js';
import { findQuantities, parseQuantity, sameQuantity } from '../../src/knowledge/parse-quantity.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { quantityQuestions } from '../../src/questions/quantity-question.js';
import { cleanAttribute } from '../../src/questions/quantity-attribute.js';
import { baseLexiconOnly } from '../../src/knowledge/lexicon.js';
import type { Question } from '../../src/questions/question-schema.js';
import { fact, kb } from './build-items.js';

const limit = (subject: string, attribute: string, text: string, extra: Partial<FactItem> = {}): FactItem => fact(subject, attribute, parseQuantity(text)!, extra);

const lambdaLimits = (): FactItem[] => [
  limit('Lambda', 'execution timeout', '15 minutes'),
  limit('Lambda', 'execution length', '900 seconds (15minutes)'),
  limit('Lambda', 'memory allocation', '128 MB - 10 GB'),
  limit('Lambda', 'compressed deployment package size', '<= 50 MB'),
  limit('Lambda', 'uncompressed deployment package size', '<= 250 MB'),
  limit('Lambda', 'request and response payload', 'up to 6 MB'),
  limit('Lambda', 'streamed response', 'up to 20 MB'),
  limit('Lambda', 'environment variables', '4 KB'),
  limit('Lambda', 'concurrent executions', '1K concurrent executions'),
  limit('Lambda', 'concurrent execution', '1K concurrent execution', { topic: 'Lambda', id: 'singular' }),
  limit('Lambda', 'requests', '$0.20 per 1M requests'),
  limit('Lambda', 'beyond free tier', '$0.40 per 1M requests'),
  limit('X-Ray', 'daemon', 'UDP port 2000'),
];

function ask(subjectAttribute: string, items = lambdaLimits()): Question[] {
  const context = buildContext(kb(items));
  const item = context.facts.find((f) => f.attribute === subjectAttribute)!;
  return quantityQuestions(item, context).flatMap((o) => ('question' in o ? [o.question] : []));
}

describe('quantity questions', () => {
  it('asks for a limit in the unit the notes used, never the same amount in another unit', () => {
    const [question] = ask('execution timeout');
    expect(question!.stem).toBe('What is the execution timeout for Lambda?');
    expect(question!.choices[question!.answer]).toBe('15 minutes');
    expect(question!.choices).toHaveLength(4);
    for (const choice of question!.choices) expect(choice).toMatch(/^[\d.,]+ minutes$/);
    const amounts = question!.choices.map((choice) => parseQuantity(choice)!);
    const others = amounts.filter((_, index) => index !== question!.answer);
    expect(others.some((other) => sameQuantity(other, amounts[question!.answer]!))).toBe(false);
    expect(question!.explanation).toBe('For Lambda, the execution timeout is 15 minutes (900 seconds).');
  });

  it('asks a range once: its minimum, the maximum being the same fact', () => {
    const context = buildContext(kb(lambdaLimits()));
    const item = context.facts.find((f) => f.attribute === 'memory allocation')!;
    const outcomes = quantityQuestions(item, context);
    expect(outcomes.map((o) => ('question' in o ? o.question.stem : o.skip))).toEqual(['What is the minimum memory allocation for Lambda?', 'same fact as an earlier question']);
    expect(outcomes.flatMap((o) => ('question' in o ? [o.question.choices[o.question.answer]] : []))).toEqual(['128 MB']);
  });

  it('takes other facts of the same unit first', () => {
    const [question] = ask('compressed deployment package size');
    expect(question!.stem).toBe('What is the maximum compressed deployment package size for Lambda?');
    expect(question!.choices[question!.answer]).toBe('50 MB');
    const distractors = question!.choices.filter((_, index) => index !== question!.answer);
    // The answer's rank is drawn evenly, so one side may need a made-up value; the notes' own come first.
    expect(distractors.filter((choice) => ['20 MB', '128 MB', '6 MB', '250 MB'].includes(choice)).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['concurrent executions', 'What is the number of concurrent executions for Lambda?', '1,000 executions', /^[\d,]+ executions$/],
    ['concurrent execution', 'What is the number of concurrent executions for Lambda?', '1,000 executions', /^[\d,]+ executions$/],
    ['requests', 'What is the price of requests for Lambda?', '$0.20 per 1M requests', /^\$[\d.]+ per 1M requests$/],
    ['beyond free tier', 'What is the price beyond free tier for Lambda?', '$0.40 per 1M requests', /^\$[\d.]+ per 1M requests$/],
    ['daemon', 'Which port does X-Ray use for daemon?', 'port 2000', /^port \d+$/],
  ])('phrases a %s question for its dimension', (attribute, stem, answer, shape) => {
    const [question] = ask(attribute);
    expect(question!.stem).toBe(stem);
    expect(question!.choices[question!.answer]).toBe(answer);
    for (const choice of question!.choices) expect(choice).toMatch(shape);
  });

  it('skips a fact without a number or without an attribute', () => {
    const bare: FactItem = { ...limit('Lambda', 'x', '4 KB'), id: 'bare', quantity: undefined };
    const numeric = limit('Lambda', '2', '4 KB', { id: 'numeric' });
    const context = buildContext(kb([bare, numeric]));
    expect(quantityQuestions(bare, context)).toEqual([{ skip: 'fact has no number', item: bare }]);
    expect(quantityQuestions(numeric, context)).toEqual([{ skip: 'fact has no attribute to ask about', item: numeric }]);
  });
});

describe('a limit the notes state twice, or state loosely', () => {
  // Generation asks items in notes order through one context, as generateQuestions does.
  function askAll(items: FactItem[]): Array<{ attribute: string; stems: string[]; skips: string[] }> {
    const context = buildContext(kb(items));
    return context.facts.map((item) => {
      const outcomes = quantityQuestions(item, context);
      const stems = outcomes.flatMap((o) => ('question' in o ? [o.question] : []));
      for (const q of stems) context.asked.add(q.id, q.stem);
      return { attribute: item.attribute, stems: stems.map((q) => q.stem), skips: outcomes.flatMap((o) => ('skip' in o ? [o.skip] : [])) };
    });
  }

  it('asks one fact once, however the notes word it again', () => {
    const asked = askAll([
      limit('Lambda', '/tmp', '512 MB - 10 GB'),
      limit('Lambda', 'dist storage', '512 MB – 10 GB'),
      limit('Lambda', 'execution timeout', '15 minutes'),
      limit('Lambda', 'max execution length', '900 seconds'),
      limit('Lambda', 'request payload', 'up to 6 MB'),
      limit('Lambda', 'response payload', 'up to 6 MB'),
      limit('Lambda', 'environment variables', '4 KB'),
      limit('Lambda', 'layer count', '4 KB'),
    ]);
    const same = 'same fact as an earlier question';
    expect(asked.map((a) => [a.attribute, a.stems.length, a.skips])).toEqual([
      ['/tmp', 1, [same]], // its maximum is the other end of the range asked
      ['dist storage', 0, [same, same]], // the same range: the same fact
      ['execution timeout', 1, []],
      ['max execution length', 0, [same]], // 900 seconds = 15 minutes, and both are about "execution"
      ['request payload', 1, []],
      ['response payload', 0, [same]],
      ['environment variables', 1, []],
      ['layer count', 1, []], // 4 KB again, but about something else
    ]);
  });

  it('writes out shorthand and slips the lexicon knows ("mem", "siez"), and asks an acronym unit per one', () => {
    const aurora = { topic: 'Aurora Serverless' };
    const asked = askAll([
      limit('ACU', 'mem', '2 GiB', aurora),
      limit('Lambda', 'compressed deployment package siez', '<= 50 MB'),
    ]);
    expect(asked.flatMap((a) => a.stems)).toEqual([
      'What is the memory for an ACU in Aurora Serverless?',
      'What is the maximum compressed deployment package size for Lambda?',
    ]);
  });

  it('takes a slip only from the lexicon, never from a list in code ("dist storage")', () => {
    expect(cleanAttribute('dist storage', new Set())).toBe('dist storage');
    const lexicon = { ...baseLexiconOnly(), spellings: { dist: 'disk' } };
    expect(cleanAttribute('dist storage', new Set(), lexicon)).toBe('disk storage');
  });

  it('never asks a rounding step as if it were the value', () => {
    const billed = limit('Lambda', 'runtime of function', '100ms', { text: 'Charged on runtime of function rounded to nearest 100ms' });
    expect(askAll([billed])[0]!.skips).toEqual(['the number is a rounding step, not a value of the attribute']);
  });
});

describe('quantity questions keep what the notes say the value is', () => {
  const sqs = (extra: Partial<FactItem>, text = '24 hours') => limit('SQS', 'message retention', text, { id: `sqs-${JSON.stringify(extra)}`, ...extra });

  it('asks a default as the default, never as the maximum', () => {
    const [q] = ask('message retention', [...lambdaLimits(), sqs({ role: 'default', text: 'message retention: defaults to 24 hours; up to 14 days' })]);
    expect(q!.stem).toBe('What is the default message retention for SQS?');
    expect(q!.choices[q!.answer]).toBe('24 hours');
  });

  it('keeps the conditions in the stem', () => {
    const [q] = ask('message retention', [...lambdaLimits(), sqs({ conditions: ['per queue', 'without extended retention'] })]);
    expect(q!.stem).toBe('What is the message retention for SQS, per queue, without extended retention?');
  });

  it('never asks a negated value, an example, or a status code as a duration', () => {
    const reasons = (item: FactItem) => {
      const context = buildContext(kb([...lambdaLimits(), item]));
      return quantityQuestions(item, context).map((o) => ('skip' in o ? o.skip : o.question.stem));
    };
    expect(reasons(sqs({ negated: true }))).toEqual(['the notes deny this value']);
    expect(reasons(sqs({ role: 'example' }))).toEqual(['the value is only an example']);
    const status = limit('API Gateway', 'errors', '400s', { text: 'Client errors are HTTP 400s' });
    expect(reasons(status)).toEqual(['the number is a status code, not a duration']);
    const ribosome = limit('Macrolides', 'subunit of the ribosome', '50S', { text: 'bind the 50S subunit of the ribosome' });
    expect(reasons(ribosome)).toEqual(['the number is part of a name, not a duration']);
  });

  it('asks about the nearest real name when the subject is a generic heading', () => {
    const config = limit('Config', 'memory', '128 MB', { topic: 'Config', id: 'config-memory', source: { file: 'lambda.md', line: 4, section: ['Lambda', 'Config'] } });
    const [q] = ask('memory', [...lambdaLimits(), config]);
    expect(q!.stem).toBe('What is the memory for Lambda?');
    const nowhere = limit('Limits', 'memory', '128 MB', { topic: 'Limits', id: 'limits-memory', source: { file: 'x.md', line: 4, section: ['Overview', 'Limits'] } });
    const context = buildContext(kb([...lambdaLimits(), nowhere]));
    expect(quantityQuestions(nowhere, context)).toEqual([{ skip: 'fact has no subject but a generic heading', item: nowhere }]);
  });

  it('shows numbers in ascending order, with the answer sometimes smallest or largest', () => {
    const questions = lambdaLimits().flatMap((item) => quantityQuestions(item, buildContext(kb(lambdaLimits())))).flatMap((o) => ('question' in o ? [o.question] : []));
    for (const q of questions) {
      const values = q.choices.map((c) => parseQuantity(c)!).map((v) => v.min);
      expect([...values].sort((a, b) => a - b)).toEqual(values);
    }
    expect(questions.some((q) => q.answer === 0 || q.answer === q.choices.length - 1)).toBe(true);
  });
});

describe('a label that is only a name', () => {
  it('asks the measure of the named thing: "INT: 4 bytes" → the storage size of INT', () => {
    const types = [limit('Exact numeric', 'INT', '4 bytes'), limit('Exact numeric', 'BIGINT', '8 bytes'), limit('Exact numeric', 'SMALLINT', '2 bytes')];
    const [q] = ask('INT', types);
    expect(q!.stem).toBe('What is the storage size for INT?');
    expect(q!.choices[q!.answer]).toBe('4 bytes');
  });
});

describe('the words leading to a number say what it is', () => {
  it('never takes a later sentence\'s "maximum" for this value', () => {
    const item = limit('SQS', 'visibility timeout', '30 seconds', { id: 'sqs-vis', text: 'The visibility timeout is 30 seconds unless set. The maximum is 12 hours.' });
    const [q] = ask('visibility timeout', [...lambdaLimits(), item]);
    expect(q!.stem).toBe('What is the visibility timeout for SQS?');
  });
});

describe('quantity stems that read as an item writer writes them', () => {
  const outcomes = (items: FactItem[], index = 0): string[] => {
    const context = buildContext(kb(items));
    return quantityQuestions(context.facts[index]!, context).map((o) => ('question' in o ? o.question.stem : o.skip));
  };
  // The value as the parser reads it from the statement.
  const stated = (subject: string, attribute: string, value: string, text: string): FactItem => fact(subject, attribute, findQuantities(text).find((q) => q.text.includes(value)) ?? parseQuantity(value)!, { text, id: `fact-${attribute}-${value}` });

  it('asks an attribute that names its subject without "for <subject>", in the statement’s own case', () => {
    expect(outcomes([stated('VAULT', 'VAULT replicas', 'up to 12 replicas', 'Vault Replicas: up to 12 replicas'), stated('Lake', 'volume size', '20 GB', 'volume size: 20 GB')])).toEqual(['What is the maximum number of Vault Replicas?']);
    expect(outcomes([stated('VPN', 'replicas per VPN', 'up to 12 replicas', 'replicas per VPN: up to 12 replicas'), stated('Lake', 'volume size', '20 GB', 'volume size: 20 GB')])).toEqual(['What is the maximum number of replicas per VPN?']);
  });

  it('skips a share of a whole, never asking "the people" or "the dose"', () => {
    expect(outcomes([stated('Relievers', 'patients', '40 %', '40 % of patients respond to the first dose'), stated('Relievers', 'onset time', '15 minutes', 'onset time: 15 minutes')])).toEqual(['the value is a share of a whole, not a property']);
  });

  it('asks a size per call as such, and no duration by a word that names no time', () => {
    const perCall = [stated('Ledger', 'call', 'up to 2 MB', 'A scan returns up to 2 MB per call'), stated('Ledger', 'record size', '400 KB', 'record size: 400 KB')];
    expect(outcomes(perCall)).toEqual(['What is the maximum size per call for Ledger?']);
    // "Crate … per crate": the thing the statement names, not a unit the size is counted by.
    expect(outcomes([stated('Ledger', 'crate', 'up to 80 TB', 'Crate: a rugged box holding up to 80 TB per crate'), stated('Ledger', 'record size', '400 KB', 'record size: 400 KB')])).toEqual(['the attribute is what the value is per, not what it measures']);
    const logs = [stated('Ledger', 'logs', '48 hours', 'Change logs keep 48 hours of writes'), stated('Ledger', 'retention period', '7 days', 'retention period: 7 days')];
    expect(outcomes(logs)).toEqual(['the attribute does not name a time']);
  });

  it('asks nothing from the definition of a unit, nor "100s" of something as seconds', () => {
    expect(outcomes([stated('Ledger', 'record', '1', '1 LWU = 1 write of 1 record per second'), stated('Ledger', 'record size', '400 KB', 'record size: 400 KB')])).toEqual(['the statement defines a unit']);
    expect(outcomes([stated('Ledger', 'throughput time', '100s', 'Scales to 100s GB/s of throughput time'), stated('Ledger', 'retention period', '7 days', 'retention period: 7 days')])).toEqual(['the number counts hundreds, not seconds']);
  });
});
