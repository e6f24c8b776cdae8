import { questionKinds } from '../../src/questions/question-schema.js';
import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/knowledge/parse-quantity.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { bankFileText } from '../../src/questions/write-bank.js';
import { comparison, definition, fact, kb, list, qa, serviceDefinitions } from './build-items.js';
import type { FactItem, Item } from '../../src/knowledge/item.js';

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

describe('generateQuestions keeps the best question of each fact, not the first', () => {
  // A made-up cloud: four services defined by short fragments, then an exam tip that names one by its use.
  const at = (file: string, line: number, section: string[]) => ({ source: { file, line, section } });
  const services = (): Item[] => [
    definition('QuarryDB', 'Serverless query service', at('a-services.md', 4, ['Services', 'QuarryDB'])),
    definition('StreamPipe', 'Serverless event router', at('a-services.md', 5, ['Services', 'StreamPipe'])),
    definition('VaultStore', 'Serverless archive storage', at('a-services.md', 6, ['Services', 'VaultStore'])),
    definition('TaskRunner', 'Serverless job scheduler', at('a-services.md', 7, ['Services', 'TaskRunner'])),
  ];
  const tip: FactItem = { kind: 'fact', id: 'fact-tip', topic: 'Exam tips', subject: 'Exam tips', attribute: '', text: 'Scan raw logs in place with plain SQL, use QuarryDB', ...at('b-tips.md', 3, ['Exam tips']) };
  const asked = (items: Item[]) => generateQuestions(kb(items)).questions.map((q) => `${q.stem} -> ${q.choices[q.answer]}`);

  it('asks a term by the situation a later note gives rather than by an earlier quoted fragment', () => {
    expect(asked(services())).toContain('Which of these is described as “Serverless query service”? -> QuarryDB');
    const withTip = asked([...services(), tip]);
    expect(withTip).toContain('Which of these should you use to scan raw logs in place with plain SQL? -> QuarryDB');
    expect(withTip.filter((q) => q.endsWith('-> QuarryDB'))).toHaveLength(1);
    // The other services keep their questions, and the bank stays in notes order.
    expect(withTip).toContain('Which of these is described as “Serverless event router”? -> StreamPipe');
    expect(withTip.at(-1)).toMatch(/scan raw logs/);
  });

  it('counts the question given way under its reason and tells the hook which question was kept', () => {
    const outcomes: string[] = [];
    const { summary } = generateQuestions(kb([...services(), tip]), { onOutcome: (item, outcome) => item.id === 'def-QuarryDB' && outcomes.push(outcome) });
    expect(summary.skipped['same fact as a better question']).toBe(1);
    expect(outcomes.find((o) => o.startsWith('same fact as a better question'))).toMatch(/Serverless query service.*kept Which of these should you use to scan raw logs/);
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
