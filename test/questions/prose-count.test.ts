import { describe, expect, it } from 'vitest';
import type { FactItem } from '../../src/knowledge/item.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { countInProse } from '../../src/questions/prose-count.js';
import { quantityQuestions } from '../../src/questions/quantity-question.js';
import { kb } from './build-items.js';

const said = (topic: string, text: string): FactItem => ({ kind: 'fact', id: `f-${text.slice(0, 20)}`, topic, subject: topic, attribute: '', text, source: { file: 'cache.md', line: 2 + (text.length % 20), section: [topic] } });

describe('counts written in prose', () => {
  it('reads "up to N things" as the maximum count of those things', () => {
    const fact = countInProse(said('Cache Cluster', 'Runs in three zones and up to 12 Shard Replicas per cluster.'))!;
    expect(fact.attribute).toBe('shard replicas');
    expect(fact.role).toBe('maximum');
    expect(fact.quantity).toMatchObject({ dimension: 'count', min: 12, max: 12, bound: 'at-most' });
    expect(countInProse(said('Cache Cluster', 'Keep at least 3 warm nodes in each zone.'))!.role).toBe('minimum');
  });

  it('reads nothing when the noun runs on into a name, is a unit, or no bound word says it is a limit', () => {
    expect(countInProse(said('Cache Cluster', 'You can have up to 40 Contoso DB nodes.'))).toBeUndefined();
    expect(countInProse(said('Cache Cluster', 'Throughput up to 10 Mbps per link.'))).toBeUndefined();
    expect(countInProse(said('Cache Cluster', 'Most teams run 6 shard replicas.'))).toBeUndefined();
  });

  it('asks it as a limit of the subject', () => {
    const facts = [said('Cache Cluster', 'Runs in three zones and up to 12 shard replicas per cluster.'), said('Queue', 'Holds up to 30 consumer groups.'), said('Queue', 'Keep at least 3 warm nodes.')];
    const context = buildContext(kb(facts));
    const [question] = quantityQuestions(facts[0]!, context).flatMap((o) => ('question' in o ? [o.question] : []));
    expect(question!.stem).toBe('What is the maximum number of shard replicas for Cache Cluster?');
    expect(question!.choices[question!.answer]).toBe('12 shard replicas');
  });
});
