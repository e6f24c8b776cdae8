import { questionKinds } from '../../src/questions/question-schema.js';
import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/knowledge/parse-quantity.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { bankFileText } from '../../src/questions/write-bank.js';
import { comparison, definition, fact, kb, list, qa, serviceDefinitions } from './build-items.js';
import type { Item } from '../../src/knowledge/item.js';

// These tests exercise every builder, the unpublished kinds too (see publishedKinds).
const allKinds = { kinds: questionKinds };

function sampleItems(): Item[] {
  const at = (section: string[]) => ({ source: { file: 'regions.md', line: 4, section } });
  return [
    ...serviceDefinitions(),
    definition('CloudFront', 'A content delivery network with edge locations worldwide'),
    fact('Lambda', 'execution timeout', parseQuantity('15 minutes')!),
    fact('Lambda', 'memory allocation', parseQuantity('128 MB - 10 GB')!),
    fact('Lambda', 'deployment package size', parseQuantity('<= 50 MB')!),
    list('Global services', ['Route 53', 'CloudFront', 'AWS IAM'], at(['Regions', 'Global services'])),
    list('Cross-region resources', ['DynamoDB Global Tables', 'S3 Cross-Region Replication', 'AWS Backup'], at(['Regions', 'Cross-region resources'])),
    comparison('Edge', 'Latency', [['CloudFront Functions', 'Low'], ['Lambda@Edge', 'Higher']]),
    qa('Which AWS service builds serverless workflows that can wait for a person to approve?', 'Step Functions'),
  ];
}

describe('generateQuestions', () => {
  it('is deterministic: the same items give byte-identical bank text', () => {
    const first = generateQuestions(kb(sampleItems()), allKinds);
    const second = generateQuestions(kb(sampleItems()), allKinds);
    expect(bankFileText('all.md', second.questions)).toBe(bankFileText('all.md', first.questions));
    expect(first.questions.length).toBeGreaterThanOrEqual(10);
  });

  it('keeps every id when an unrelated item is edited, added or moved', () => {
    const before = generateQuestions(kb(sampleItems()), allKinds).questions;
    const edited = sampleItems().map((item) => ({ ...item, source: { ...item.source, line: item.source.line + 7 } }));
    const lambda = edited.find((item) => item.kind === 'definition' && item.term === 'Lambda')!;
    if (lambda.kind === 'definition') lambda.definition = 'Runs short functions on demand without any servers to manage';
    const after = generateQuestions(kb([definition('SQS', 'A managed message queue between producers and consumers'), ...edited.reverse()]), allKinds).questions;
    const stemsAfter = new Map(after.map((q) => [q.id, q.stem]));
    for (const question of before.filter((q) => q.topic !== 'Lambda' || q.kind === 'quantity')) expect(stemsAfter.get(question.id)).toBe(question.stem);
  });

  it('makes ids of the form q-<8 hex>, unique, and spreads the answer over the positions', () => {
    const { questions } = generateQuestions(kb(sampleItems()), allKinds);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const question of questions) expect(question.id).toMatch(/^q-[0-9a-f]{8}$/);
    const positions = new Set(questions.map((q) => q.answer));
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  it('summarises per kind and per file and counts skips by reason', () => {
    const { questions, summary } = generateQuestions(kb([...sampleItems(), definition('DAX', 'Memory cache')]), allKinds);
    expect(summary.questions).toBe(questions.length);
    expect(Object.values(summary.byKind).reduce((a, b) => a + b, 0)).toBe(questions.length);
    expect(Object.values(summary.byFile).reduce((a, b) => a + b, 0)).toBe(questions.length);
    expect(summary.byKind).toMatchObject({ 'term-to-definition': expect.any(Number), membership: 2, comparison: 1, 'notes-question': 1 });
    // The memory range is one line of the notes: its minimum is asked, its maximum is the same fact.
    expect(summary.byKind.quantity).toBe(3);
    expect(summary.skipped['same fact as an earlier question']).toBeGreaterThanOrEqual(1);
    expect(summary.skipped['definition too short']).toBe(1);
  });

  it('never emits a question whose stem gives its answer away or repeats a choice', () => {
    const { questions } = generateQuestions(kb(sampleItems()), allKinds);
    for (const question of questions) {
      const answer = question.choices[question.answer]!;
      if (question.kind !== 'comparison') expect(question.stem.toLowerCase()).not.toContain(answer.toLowerCase());
      expect(new Set(question.choices.map((c) => c.toLowerCase().trim())).size).toBe(question.choices.length);
      expect(question.choices.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('asks a question once when two notes files give the same item', () => {
    const copy = (item: Item): Item => ({ ...item, id: `${item.id}-copy`, source: { ...item.source, file: 'copy.md' } });
    const once = generateQuestions(kb(sampleItems()), allKinds);
    const twice = generateQuestions(kb([...sampleItems(), ...sampleItems().map(copy)]), allKinds);
    expect(twice.questions.map((q) => q.stem)).toEqual(once.questions.map((q) => q.stem));
    expect(twice.summary.byFile['copy.md']).toBe(0);
    expect(twice.summary.skipped['same question as another item']).toBeGreaterThanOrEqual(once.questions.length);
  });
});

describe('generateQuestions options and warnings', () => {
  it('warns with file and line about a notes file that gave no question', () => {
    const lonely = definition('DAX', 'Memory cache', { source: { file: 'dax.md', line: 7, section: ['DAX'] } });
    const { summary } = generateQuestions(kb([...sampleItems(), lonely]), allKinds);
    expect(summary.byFile['dax.md']).toBe(0);
    expect(summary.warnings).toContainEqual({ file: 'dax.md', line: 7, message: 'no question from this file: its 1 item(s) all failed the quality gates' });
    expect(summary.warnings.some((w) => w.file === 'services.md')).toBe(false);
  });

  it('caps questions per fact and reports how many it left out', () => {
    // One line of the notes is one fact now, so the cap is seen best at 0: nothing is emitted, and every
    // question that would have been is counted (and those that were the same fact as an emitted one too).
    const items = [...sampleItems(), list('Regional services', ['EC2', 'RDS', 'EBS', 'VPC'], { source: { file: 'regions.md', line: 30, section: ['Regions', 'Regional services'] } })];
    const free = generateQuestions(kb(items), allKinds);
    const capped = generateQuestions(kb(items), { ...allKinds, maxPerFact: 0 });
    expect(free.summary.capped).toBe(0);
    expect(capped.questions).toEqual([]);
    expect(capped.summary.capped).toBeGreaterThanOrEqual(free.questions.length);
  });

  it('scores every generated question between 0 and 1', () => {
    for (const q of generateQuestions(kb(sampleItems()), allKinds).questions) {
      expect(q.quality).toBeGreaterThanOrEqual(0);
      expect(q.quality).toBeLessThanOrEqual(1);
    }
  });
});

describe('published kinds', () => {
  it('leaves out membership questions unless asked for, and says so in the summary', () => {
    const items = sampleItems();
    const byDefault = generateQuestions(kb(items));
    const asked = generateQuestions(kb(items), { kinds: ['membership'] });
    expect(asked.summary.byKind.membership).toBeGreaterThan(0);
    expect(byDefault.questions.filter((q) => q.kind === 'membership')).toEqual([]);
    // Not built at all (that is generation's cost saved): the summary counts the lists left unasked.
    const lists = items.filter((item) => item.kind === 'list').length;
    expect(byDefault.summary.skipped['list items not asked: membership questions are not published (generate --kinds)']).toBe(lists);
  });
});
