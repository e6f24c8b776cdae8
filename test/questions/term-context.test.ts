import { describe, expect, it } from 'vitest';
import type { DefinitionItem } from '../../src/knowledge/item.js';
import { eachDirection as definitionQuestions, unclearContext } from '../../src/questions/definition-question.js';
import { buildContext } from '../../src/questions/generation-context.js';
import type { Question } from '../../src/questions/question-schema.js';
import { termContext } from '../../src/questions/term-context.js';
import { definition, kb } from './build-items.js';

// Notes shaped like the shipped ones: a service with sub-items under headings of their own.
const under = (file: string, topic: string, section: string[]) => ({ topic, source: { file, line: 1 + section.length, section } });
const api = (section: string) => under('apis.md', 'API Gateway', ['APIs', 'API Gateway', section]);
const lambda = (section: string) => under('lambda.md', 'Lambda', ['AWS Lambda', section]);

function notes(): DefinitionItem[] {
  return [
    definition('API Gateway', 'The serverless service to build, publish and run APIs', under('apis.md', 'API Gateway', ['APIs', 'API Gateway'])),
    definition('Caching', 'Responses may be kept and served again for a while', api('API Gateway integrations (high level)')),
    definition('Edge-optimized', 'The best fit for global users, spread around the world', api('API Gateway endpoint types')),
    definition('Regional', 'Specific to one region, for clients close to it', api('API Gateway endpoint types')),
    definition('Private', 'Reachable only from inside a VPC', api('API Gateway endpoint types')),
    definition('Hybrid', 'Served to the internet and to a VPC alike', api('API Gateway endpoint types')),
    definition('Runtime', 'The language and version', lambda('Lambda configuration')),
    definition('Permissions', 'An attached IAM role', lambda('Lambda configuration')),
    definition('Trigger', 'The event that starts the function', lambda('Lambda configuration')),
    definition('Automatic scaling', 'Copes with the workload without any action from you', lambda('Lambda benefits')),
    definition('Event driven', 'Code runs in response to events', lambda('Why bother')),
    definition('Time To Live', 'Expired items are deleted automatically', under('db.md', 'DynamoDB', ['DynamoDB', 'More features'])),
    definition('Global Tables', 'Replicas of a table live in several regions', under('db.md', 'DynamoDB', ['DynamoDB', 'More features'])),
    definition('Streams', 'Record every change to a table for processing', under('db.md', 'DynamoDB', ['DynamoDB', 'More features'])),
    definition('SNS', 'Pub/sub notifications pushed to many subscribers', under('db.md', 'Serverless', ['Catalogue', 'A few of them in one line'])),
    definition('EBS Snapshots', 'Copy them into another region', under('regions.md', 'EBS Snapshots', ['Regions', 'Storage'])),
    definition('ECS', 'Runs and places containers for you', under('containers.md', 'ECS', ['Containers', 'ECS and EKS'])),
    definition('IAM', 'Who may do what in the account', under('security.md', 'IAM', ['Security'])),
    definition('IAM', 'Individual roles by containers', under('containers.md', 'ECS', ['Containers', 'ECS and EKS'])),
    definition('Lambda@Edge', 'Functions at CloudFront edge locations', under('edge.md', 'Lambda@Edge', ['Edge'])),
    definition('Lambda@Edge', 'Heavier work such as user authentication', under('edge.md', 'CloudFront Functions', ['Edge', 'CloudFront Functions and Lambda@Edge use cases'])),
  ];
}

const context = buildContext(kb(notes()));
const item = (term: string) => context.definitions.find((d) => d.term === term)!;
const questions = (term: string): Question[] => definitionQuestions(item(term), context).flatMap((o) => ('question' in o ? [o.question] : []));
const wrong = (q: Question) => q.choices.filter((_, i) => i !== q.answer);

describe('the context a sub-item term needs', () => {
  it.each([
    ['API Gateway', { kind: 'none' }],
    ['Edge-optimized', { kind: 'group', noun: 'API Gateway endpoint type' }],
    ['Runtime', { kind: 'place', place: 'the Lambda configuration' }],
    ['Automatic scaling', { kind: 'group', noun: 'Lambda benefit' }],
    ['Time To Live', { kind: 'group', noun: 'DynamoDB feature' }],
    ['Event driven', { kind: 'unclear' }],
    // A product-like name reads alone when its heading is only a remark.
    ['SNS', { kind: 'none' }],
  ])('%s → %j', (term, expected) => {
    expect(termContext(item(term), context)).toEqual(expected);
  });

  it('places a service named as a feature of another service in that service, unless its heading names it', () => {
    const featureOf = (term: string, topic: string) => context.definitions.find((d) => d.term === term && d.topic === topic)!;
    expect(termContext(featureOf('IAM', 'ECS'), context)).toEqual({ kind: 'place', place: 'ECS' });
    expect(termContext(featureOf('IAM', 'IAM'), context)).toEqual({ kind: 'none' });
    expect(termContext(featureOf('Lambda@Edge', 'CloudFront Functions'), context)).toEqual({ kind: 'none' });
  });
});

describe('definition questions about sub-items', () => {
  it('names the kind in the stem and offers only the other members of that kind', () => {
    const [toTerm] = questions('Edge-optimized').filter((q) => q.kind === 'definition-to-term');
    expect(toTerm!.stem).toBe('Which API Gateway endpoint type is the best fit for global users, spread around the world?');
    expect(toTerm!.choices[toTerm!.answer]).toBe('Edge-optimized');
    expect(wrong(toTerm!).sort()).toEqual(['Hybrid', 'Private', 'Regional']);
    const [toDefinition] = questions('Private').filter((q) => q.kind === 'term-to-definition');
    expect(toDefinition!.stem).toBe('Which of these best describes the API Gateway endpoint type Private?');
    expect(toDefinition!.choices).not.toContain('Responses may be kept and served again for a while');
  });

  it('places a term in its part of the topic when the heading names no kind', () => {
    const [q] = questions('Runtime').filter((q) => q.kind === 'definition-to-term');
    expect(q!.stem).toBe('In the Lambda configuration, which of these is the language and version?');
    expect(wrong(q!).sort()).toEqual(['Permissions', 'Trigger']);
  });

  it('never borrows the labels of a neighbouring section of the same topic', () => {
    // "Caching" is alone under its heading; the endpoint types and Lambda settings are not its kind.
    expect(definitionQuestions(item('Caching'), context).map((o) => ('skip' in o ? o.skip : o.question.stem))).toEqual([
      'not enough distractors of the same kind',
      'not enough distractors of the same kind',
    ]);
    // "Automatic scaling" has no siblings of its kind either: rather than borrow "Runtime" from the
    // Lambda configuration next door, it is not asked (before, a loop over its zero questions passed vacuously).
    expect(definitionQuestions(item('Automatic scaling'), context).map((o) => ('skip' in o ? o.skip : o.question.choices))).toEqual([
      'not enough distractors of the same kind',
      'not enough distractors of the same kind',
    ]);
  });

  it('skips a sub-item whose heading gives no context, and a definition that points back with a pronoun', () => {
    expect(definitionQuestions(item('Event driven'), context)).toEqual([{ skip: unclearContext, item: item('Event driven') }]);
    expect(definitionQuestions(item('EBS Snapshots'), context)).toEqual([{ skip: 'definition refers to its term by a pronoun', item: item('EBS Snapshots') }]);
  });
});

describe('a heading as the kind of its terms', () => {
  const pests = (term: string, text: string, topic: string, heading: string) => definition(term, text, under('orchard.md', topic, ['Orchard', topic, heading]));
  const placed = (items: DefinitionItem[]) => {
    const context = buildContext(kb(items));
    return context.definitions.map((d) => termContext(d, context));
  };

  it('puts the topic before the kind only when the topic is a short name, not a plural, a title or a common word', () => {
    const kinds = (topic: string) => placed([pests('Leaf curl', 'A fungus that puckers young leaves', topic, 'Common orchard diseases'), pests('Canker', 'A fungus that rots the bark', topic, 'Common orchard diseases')])[0];
    expect(kinds('Pomona 3')).toEqual({ kind: 'group', noun: 'Pomona 3 common orchard disease' });
    expect(kinds('Fruit Trees')).toEqual({ kind: 'group', noun: 'common orchard disease' });
    expect(kinds('Royal Horticultural Society Guide')).toEqual({ kind: 'group', noun: 'common orchard disease' });
    expect(kinds('Prune')).toEqual({ kind: 'group', noun: 'common orchard disease' });
  });

  it('reads a heading that is a verb phrase or holds a preposition as no kind', () => {
    const [first] = placed([pests('Leaf curl', 'A fungus that puckers young leaves', 'Prune', 'Spreads spores of fungal diseases'), pests('Canker', 'A fungus that rots the bark', 'Prune', 'Spreads spores of fungal diseases')]);
    expect(first).toEqual({ kind: 'unclear' });
  });
});

describe('headings the round-4 review found garbled in a stem', () => {
  const entry = (term: string, text: string, topic: string, heading: string) => definition(term, text, { id: `def-${term}`, ...under('hives.md', topic, ['Beekeeping', heading]) });
  const placedAll = (items: DefinitionItem[]) => {
    const context = buildContext(kb(items));
    return context.definitions.map((d) => termContext(d, context));
  };

  it('lets a term that names its heading\'s kind read alone', () => {
    const [first] = placedAll([entry('Top-bar hives', 'Hives of bars with no frames', 'Hive Kinds', 'Hives and their stands'), entry('Langstroth hives', 'Hives of stacked boxes of frames', 'Hive Kinds', 'Hives and their stands')]);
    expect(first).toEqual({ kind: 'none' });
  });

  it('finds no kind in an activity heading, and never puts an activity before a kind', () => {
    const [first] = placedAll([entry('Smoker', 'A can that puffs cool smoke', 'Tools', 'Calming colonies'), entry('Veil', 'A mesh hood over the face', 'Tools', 'Calming colonies')]);
    expect(first).toEqual({ kind: 'unclear' });
    const [kind] = placedAll([entry('Smoker', 'A can that puffs cool smoke', 'Handling Tools', 'Calming tools'), entry('Veil', 'A mesh hood over the face', 'Handling Tools', 'Calming tools')]);
    expect(kind).toEqual({ kind: 'unclear' });
    const [named] = placedAll([entry('Smoker', 'A can that puffs cool smoke', 'Keeping Colonies', 'Keeper tools'), entry('Veil', 'A mesh hood over the face', 'Keeping Colonies', 'Keeper tools')]);
    expect(named).toEqual({ kind: 'group', noun: 'keeper tool' });
  });

  it('gives no place that cannot follow "In": a lone adjective, a question, a summary', () => {
    for (const topic of ['Melliferous', 'Can Bees Sting Twice', 'Hive Section']) {
      const [first] = placedAll([entry('Drone', 'A male bee that does not work', topic, topic), entry('Worker', 'A female bee that forages', topic, topic)]);
      expect(first, topic).toEqual({ kind: 'unclear' });
    }
    const [place] = placedAll([entry('Drone', 'A male bee that does not work', 'Colony Life', 'Colony Life'), entry('Worker', 'A female bee that forages', 'Colony Life', 'Colony Life')]);
    expect(place).toEqual({ kind: 'place', place: 'Colony Life' });
  });

  it('makes a singular of a plural in -uses', () => {
    const [first] = placedAll([entry('Sacbrood', 'Larvae die in a sac of fluid', 'Brood', 'Brood viruses'), entry('Deformed wing', 'Bees hatch with crumpled wings', 'Brood', 'Brood viruses')]);
    expect(first).toEqual({ kind: 'group', noun: 'Brood virus' });
  });
});
