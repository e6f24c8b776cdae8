import { describe, expect, it } from 'vitest';
import { definitionQuestions, eachDirection, unclearContext } from '../../src/questions/definition-question.js';
import { describedStem, describesStem } from '../../src/questions/definition-phrasing.js';
import { buildContext } from '../../src/questions/generation-context.js';
import type { Item } from '../../src/knowledge/item.js';
import type { Question } from '../../src/questions/question-schema.js';
import { definition, fact, kb, serviceDefinitions } from './build-items.js';

// Both directions, each through every gate; the generator emits only one of them (see the last test).
function questionsFor(term: string, items: Item[] = serviceDefinitions()) {
  const context = buildContext(kb(items));
  const item = context.definitions.find((d) => d.term === term)!;
  return eachDirection(item, context);
}

const onlyQuestions = (outcomes: ReturnType<typeof questionsFor>): Question[] => outcomes.flatMap((o) => ('question' in o ? [o.question] : []));

describe('definition questions', () => {
  it('asks term → definition with sibling definitions as distractors', () => {
    const [question] = onlyQuestions(questionsFor('Step Functions')).filter((q) => q.kind === 'term-to-definition');
    expect(question!.stem).toBe('Which of these best describes Step Functions?');
    expect(question!.choices).toHaveLength(4);
    expect(question!.choices[question!.answer]).toBe('A state machine service that coordinates services into workflows');
    expect(question!.explanation).toBe('Step Functions is a state machine service that coordinates services into workflows.');
  });

  it('asks definition → term with sibling terms as distractors', () => {
    const [question] = onlyQuestions(questionsFor('Step Functions')).filter((q) => q.kind === 'definition-to-term');
    expect(question!.stem).toBe('Which of these is a state machine service that coordinates services into workflows?');
    expect(question!.choices[question!.answer]).toBe('Step Functions');
    expect(question!.choices).toHaveLength(4);
  });

  it('skips both ways when a word of the term stands in the definition: "event bus" gives EventBridge away', () => {
    expect(questionsFor('EventBridge').map((o) => ('skip' in o ? o.skip : o.question.stem))).toEqual(['a word of the answer stands in the stem', 'a word of the answer stands in the stem']);
  });

  it('never offers a term named in the stem, so an answer sharing that name is skipped as a giveaway', () => {
    const items = [
      ...serviceDefinitions(),
      definition('DynamoDB Streams', 'Tracks item changes in DynamoDB tables for processing in near real time'),
    ];
    const [, toTerm] = questionsFor('DynamoDB Streams', items);
    expect(toTerm).toEqual({ skip: 'a word of the answer stands in the stem', item: items.at(-1) });
  });

  it('never offers a sibling whose own definition also fits, nor one drug among drug classes', () => {
    const items = [
      definition('Cold press', 'Squeezes the milled apples slowly without any heat', { id: 'd-cold' }),
      definition('Gentle press', 'Squeezes milled apples without heat over a whole night', { id: 'd-slow' }),
      definition('Belt press', 'Runs pulp between two moving bands', { id: 'd-belt' }),
      definition('Rack press', 'Stacks pulp in cloths between wooden racks', { id: 'd-rack' }),
    ];
    const toTerm = onlyQuestions(questionsFor('Cold press', items)).find((q) => q.kind === 'definition-to-term')!;
    expect(toTerm.choices[toTerm.answer]).toBe('Cold press');
    expect(toTerm.choices).not.toContain('Gentle press');
    const drugs = [
      definition('Zolpitane', 'Kills anaerobes below the diaphragm', { id: 'd-z' }),
      definition('Glycoxides', 'Bind the small ribosome subunit', { id: 'd-g' }),
      definition('Mirapenems', 'Resist most beta-lactamase enzymes', { id: 'd-m' }),
      definition('Tetralones', 'Chelate calcium in teeth and bone', { id: 'd-t' }),
    ];
    expect(questionsFor('Zolpitane', drugs).map((o) => ('skip' in o ? o.skip : o.question.kind))).toContain('the answer is the only singular choice');
  });

  it('asks no "which term is described as …?" whose keyed term is the one plural among singulars, as the description reads', () => {
    const tools = [
      definition('pruning shears', 'Blades that cut the thin shoots of a young tree', { id: 'd-shears' }),
      definition('grafting knife', 'Opens the bark for a new scion', { id: 'd-knife' }),
      definition('budding tape', 'Holds a bud in place while it takes', { id: 'd-tape' }),
      definition('rootstock', 'Gives the grafted tree its roots and size', { id: 'd-root' }),
    ];
    const outcomes = questionsFor('pruning shears', tools).map((o) => ('skip' in o ? o.skip : o.question.kind));
    expect(outcomes).toContain('the answer is the only plural choice, as the description reads');
    expect(outcomes).not.toContain('definition-to-term');
  });

  it('leaves out a contrast with another thing ("…, while …") from the stem', () => {
    const items = [
      definition('Cold pressing', 'Juice is pressed without heat, while hot pressing warms the pulp first', { id: 'd-cold' }),
      definition('Hot pressing', 'The pulp is warmed before it goes into the press', { id: 'd-hot' }),
      definition('Maceration', 'The milled apples rest in their juice for a day', { id: 'd-mac' }),
    ];
    const context = buildContext(kb(items));
    const [outcome] = definitionQuestions(context.definitions[0]!, context);
    expect(outcome && 'question' in outcome ? outcome.question.stem : outcome).toBe('Which of these is described as “Juice is pressed without heat”?');
  });

  it.each([
    ['A serverless event bus', 'Which of these is a serverless event bus?'],
    ['Tracks changes in tables', 'Which of these tracks changes in tables?'],
    ['Automatically deletes expired items', 'Which of these automatically deletes expired items?'],
    ['In-memory caching for DynamoDB', 'Which of these is described as “In-memory caching for DynamoDB”?'],
    ['DynamoDB cache in memory', 'Which of these is described as “DynamoDB cache in memory”?'],
    ['A an enzyme that splits starch', 'Which of these is an enzyme that splits starch?'],
    ['A required field for the form is not filled in', 'Which of these is described as “A required field for the form is not filled in”?'],
    ['Happens when two frames meet on the wire. it spoils both of them', 'Which of these is described as “Happens when two frames meet on the wire. It spoils both of them”?'],
    ['The results shown by a class', 'Which of these is described as “The results shown by a class”?'],
    ['The process that splits starch', 'Which of these is the process that splits starch?'],
  ])('phrases the stem for %j as %j', (text, stem) => {
    expect(describedStem(text, new Set(['DynamoDB']))).toBe(stem);
  });

  it('names a term once when its group is named for it', () => {
    expect(describesStem('glaze', { kind: 'group', noun: 'glaze term' })).toBe('Which of these best describes glaze?');
    expect(describesStem('Raku (fast firing)', { kind: 'group', noun: 'raku term' })).toBe('Which of these best describes the raku term Raku (fast firing)?');
    expect(describesStem('ash glaze', { kind: 'group', noun: 'glaze term' })).toBe('Which of these best describes the glaze term ash glaze?');
  });

  it.each([
    ['a definition that names its own term', definition('SnapStart', 'SnapStart cuts cold starts by reusing snapshots'), 'definition names its own term'],
    ['a definition of two words', definition('DAX', 'Memory cache'), 'definition too short'],
    ['a definition that is only the heading', definition('Cognito', 'Cognito user pools overview', { source: { file: 'a.md', line: 3, section: ['Cognito user pools overview'] } }), 'definition is only a heading'],
    ['a checklist line as its term', definition('Configure backups', 'Pick a vault and a nightly window for the copies'), 'term is a task, not a name'],
    ['a numbered exercise as its term', definition('Q12', 'Sort the yields first, then read the middle value'), 'term is not a name'],
    ['a note label as its term', definition('BONUS', 'The audit log keeps every change for a year'), 'term is not a name'],
    ['a study heading as its term', definition('Understanding sandboxes', 'Keeps an application away from every other application'), 'term is a heading, not a name'],
    ['notes shorthand as its term', definition('Policy def: Rule', 'One operation a policy lets a member perform'), 'term is notes shorthand'],
    ['a comparison label as its term', definition('Key difference for disks', 'Size them before the first write'), 'term is not a name'],
    ['a pointer to another page', definition('Pressing aids', 'For enzymes, see here: Cider Chemistry'), 'definition is a cross-reference'],
    ['a prepositional fragment', definition('Bruising', 'Through rough handling in the bins'), 'definition is a fragment'],
    ['a command line', definition('Cider Press Tool', 'press-cli start --batch nightly'), 'definition is a command'],
    ['a quote mark left from the notes', definition('Rollback', '> remember this one for the exam'), 'definition holds note punctuation'],
  ])('skips %s', (_name, item, reason) => {
    const outcomes = questionsFor(item.term, [...serviceDefinitions(), item]);
    expect(outcomes).toEqual([{ skip: reason, item }]);
  });

  it.each([
    ['a demonstrative subject standing for the term', 'These are the receptors that calm the hive', 'definition refers to its term by a pronoun'],
    ['advice to the reader', 'Consider keeping a spare queen in a nucleus box', 'definition is advice, not what the term is'],
    ['a demonstrative pointing at a thing it does not name', 'The label painted on that box, such as a number or a colour', 'definition refers to its term by a pronoun'],
  ])('skips %s', (_name, text, reason) => {
    const section = (line: number) => ({ file: 'hives.md', line, section: ['Hive care'] });
    const items = [
      definition('Queen Excluder', text, { topic: 'Hive care', source: section(1) }),
      definition('Smoker', 'A can of smouldering fuel that quietens the colony', { topic: 'Hive care', source: section(2) }),
      definition('Hive Tool', 'A flat steel bar that prises frames apart', { topic: 'Hive care', source: section(3) }),
      definition('Bee Sweeper', 'A soft bristled tool that clears bees off a frame', { topic: 'Hive care', source: section(4) }),
    ];
    expect(questionsFor('Queen Excluder', items).map((o) => ('skip' in o ? o.skip : o.question.stem))).toEqual([reason]);
    expect(onlyQuestions(questionsFor('Smoker', items)).length).toBeGreaterThan(0);
  });

  it('keeps a demonstrative pointing at a thing the definition named before', () => {
    const section = (line: number) => ({ file: 'hives.md', line, section: ['Hive care'] });
    const items = [
      definition('Visit Log', 'Records which hives a keeper opens and how long is spent at those hives', { topic: 'Hive care', source: section(1) }),
      definition('Smoker', 'A can of smouldering fuel that quietens the colony', { topic: 'Hive care', source: section(2) }),
      definition('Hive Tool', 'A flat steel bar that prises frames apart', { topic: 'Hive care', source: section(3) }),
      definition('Bee Sweeper', 'A soft bristled tool that clears bees off a frame', { topic: 'Hive care', source: section(4) }),
    ];
    expect(onlyQuestions(questionsFor('Visit Log', items)).length).toBe(1);
  });

  it.each([
    [['Hive fittings', 'Types'], 'hive fitting type'],
    [['Apiary', 'Kinds of hive fittings'], 'hive fitting kind'],
  ])('names the kind a "Types" heading says its entries are: %j', (sectionPath, noun) => {
    const section = (line: number) => ({ file: 'hives.md', line, section: sectionPath });
    const items = [
      definition('Excluder', 'A grid that keeps the queen out of the honey boxes', { topic: 'Hive fittings', source: section(1) }),
      definition('Feeder', 'A tray that holds syrup over winter', { topic: 'Hive fittings', source: section(2) }),
      definition('Escape Board', 'A one-way board that clears a box before harvest', { topic: 'Hive fittings', source: section(3) }),
      definition('Mouse Guard', 'A metal strip that keeps mice from the entrance', { topic: 'Hive fittings', source: section(4) }),
    ];
    const [question] = onlyQuestions(questionsFor('Feeder', items)).filter((q) => q.kind === 'definition-to-term');
    expect(question!.stem).toBe(`Which ${noun} is a tray that holds syrup over winter?`);
  });

  it('offers the opposite of the answer first: "allowed into" beside "allowed out from"', () => {
    const section = (line: number) => ({ file: 'hives.md', line, section: ['Entrance rules'] });
    const items = [
      definition('Entry Gate', 'Sets the bees allowed into the hive through the front', { topic: 'Entrances', source: section(1) }),
      definition('Exit Gate', 'Sets the bees allowed out from the hive through the front', { topic: 'Entrances', source: section(2) }),
      definition('Mouse Guard', 'A metal strip that keeps mice from the entrance', { topic: 'Entrances', source: section(3) }),
      definition('Robbing Screen', 'A mesh that confuses robber bees from other colonies', { topic: 'Entrances', source: section(4) }),
      definition('Landing Board', 'A ledge where foragers alight before walking in', { topic: 'Entrances', source: section(5) }),
      definition('Entrance Reducer', 'A wooden block that narrows the opening in winter', { topic: 'Entrances', source: section(6) }),
    ];
    const [question] = onlyQuestions(questionsFor('Exit Gate', items)).filter((q) => q.kind === 'definition-to-term');
    expect(question!.stem).toBe("Which entrance rule sets the bees allowed out from the hive through the front?");
    expect(question!.choices).toContain('Entry Gate');
    expect(question!.choices[question!.answer]).toBe('Exit Gate');
  });

  it('takes terms of the answer\'s head word first, and never a pair of things beside one', () => {
    const section = (line: number) => ({ file: 'hives.md', line, section: ['Hive checks'] });
    const items = [
      definition('spring inspections', 'Counts the brood frames after the first warm week', { topic: 'Hive checks', source: section(1) }),
      definition('autumn inspections', 'Weighs the stores before the cold sets in', { topic: 'Hive checks', source: section(2) }),
      definition('swarm inspections', 'Looks for queen cells along the bottom bars', { topic: 'Hive checks', source: section(3) }),
      definition('varroa counting', 'Tallies mites on a sticky board under the mesh floor', { topic: 'Hive checks', source: section(4) }),
      definition('smoke and wait', 'Lets the colony settle before the lid comes off', { topic: 'Hive checks', source: section(5) }),
      definition('Lid + Roof', 'Keeps rain and wind off the top box', { topic: 'Hive checks', source: section(6) }),
      definition('logbook', 'Records what each visit found, hive by hive', { topic: 'Hive checks', source: section(7) }),
    ];
    const [question] = onlyQuestions(questionsFor('autumn inspections', items)).filter((q) => q.kind === 'definition-to-term');
    expect(question!.choices.filter((c) => c.endsWith('inspections')).length).toBe(3);
    const [other] = onlyQuestions(questionsFor('logbook', items)).filter((q) => q.kind === 'definition-to-term');
    expect(other!.choices).not.toContain('Lid + Roof');
  });

  it('takes the labels of its section\'s "Label: text" lines read as facts, not a label every entry repeats', () => {
    const section = (line: number) => ({ file: 'hives.md', line, section: ['Yard measures'] });
    const share = (text: string) => ({ dimension: 'count' as const, min: 50, max: 50, unit: '%', bound: 'exact' as const, text });
    const labelled = (subject: string, text: string, line: number) => fact(subject, 'share', share('50%'), { topic: 'Yard measures', text: `${subject}: ${text}`, source: section(line) });
    const items = [
      labelled('FB50', 'Frames of brood in half of the hives of a yard, 50% of them', 1),
      labelled('FS50', 'Frames of stores in half of the hives of a yard, 50% of them', 2),
      labelled('FD50', 'Frames of drones in half of the hives of a yard, 50% of them', 3),
      labelled('Hive Score', '50%', 4),
      labelled('Yard Count', 'Hives counted in the yard at 50% strength', 6),
      labelled('Yard Count', 'Hives counted in the yard at 50% strength again', 7),
      definition('Strength ratio', 'The spare capacity of a colony before it swarms', { topic: 'Yard measures', source: section(5) }),
    ];
    const [question] = onlyQuestions(questionsFor('Strength ratio', items)).filter((q) => q.kind === 'definition-to-term');
    expect(question!.stem).toBe('In Yard measures, which of these is the spare capacity of a colony before it swarms?');
    expect([...question!.choices].sort()).toEqual(['FB50', 'FD50', 'FS50', 'Strength ratio']);
  });

  it('skips rather than mix a concept among services when no sibling concept exists', () => {
    const concept = definition('Scale to zero', 'No cost and no capacity while nothing runs', { topic: 'Serverless', source: { file: 'other.md', line: 9, section: ['Criteria'] } });
    const outcomes = questionsFor('Scale to zero', [...serviceDefinitions(), concept]);
    // "Criteria" cannot place the concept either: nothing is asked.
    expect(outcomes).toEqual([{ skip: unclearContext, item: concept }]);
  });

  it('skips a concept with a heading section of its own when its only siblings are services', () => {
    const concept = definition('Scale to zero', 'No cost and no capacity while nothing runs', { topic: 'Serverless', source: { file: 'other.md', line: 9, section: ['Serverless concepts'] } });
    const outcomes = questionsFor('Scale to zero', [...serviceDefinitions(), concept]);
    expect(outcomes.length).toBe(2);
    expect(outcomes.every((o) => 'skip' in o && o.skip === 'not enough distractors of the same kind')).toBe(true);
  });

  it('takes distractors from the terms of its topic written nearest when the notes hold hundreds', () => {
    const number = (i: number) => String(i).padStart(3, '0');
    const services = Array.from({ length: 400 }, (_, i) =>
      definition(`Service ${number(i)}`, `Handles alpha${i} beta${i} gamma${i} records`, { topic: 'Catalogue', source: { file: `svc-${number(i)}.md`, line: 1, section: [`Service ${number(i)}`] } }),
    );
    const context = buildContext(kb(services));
    for (const at of [0, 200, 399]) {
      const outcomes = definitionQuestions(services[at]!, context);
      const question = outcomes.flatMap((o) => ('question' in o ? [o.question] : [])).find((q) => q.kind === 'definition-to-term')!;
      expect(question.choices).toHaveLength(4);
      const places = question.choices.map((choice) => Number(choice.slice('Service '.length)));
      for (const place of places) expect(Math.abs(place - at)).toBeLessThanOrEqual(128);
    }
  });
});

describe('one question per definition', () => {
  it('emits one direction only, and nothing when both fail their gates', () => {
    const context = buildContext(kb(serviceDefinitions()));
    const item = context.definitions.find((d) => d.term === 'Step Functions')!;
    const outcomes = definitionQuestions(item, context);
    expect(outcomes).toHaveLength(1);
    expect('question' in outcomes[0]! && outcomes[0].question.kind).toBe('definition-to-term');
    // A definition quoting a part of its term ("cache" / "ElastiCache") gives it away either way round.
    const items = [...serviceDefinitions(), definition('ElastiCache', 'An in-memory cache in front of databases, so reads come back in microseconds')];
    const withCache = buildContext(kb(items));
    expect(definitionQuestions(withCache.definitions.find((d) => d.term === 'ElastiCache')!, withCache)).toEqual([{ skip: 'a word of the answer stands in the stem', item: items.at(-1) }]);
  });
});

describe('definitions that would give the answer away or make two answers right', () => {
  it('does not ask about an acronym its definition spells out, but still offers it beside others', () => {
    const concepts = (term: string, text: string) => definition(term, text, { topic: 'Aurora', source: { file: 'aurora.md', line: 3, section: ['Aurora', 'Concepts'] } });
    const items = [
      concepts('ACU', 'Aurora Capacity Unit, the unit capacity is counted in'),
      concepts('Capacity range', 'You choose the lowest and highest number of units'),
      concepts('Warm pools', 'Spare capacity kept ready so scaling up is quick'),
      concepts('Failover', 'Another zone takes over when one zone goes down'),
    ];
    expect(questionsFor('ACU', items)).toEqual([{ skip: 'definition spells out its acronym', item: items[0] }]);
    const [q] = onlyQuestions(questionsFor('Capacity range', items)).filter((q) => q.kind === 'definition-to-term');
    expect(q!.choices).toContain('ACU');
  });

  it('never offers a term the notes elsewhere say the answer is', () => {
    const glossary = (term: string, text: string) => definition(term, text, { source: { file: 'glossary.md', line: 1, section: [] } });
    const items = [
      glossary('FaaS', 'Functions deployed one by one and run by the platform on demand'),
      { ...glossary('Lambda', 'Runs your code with no servers to provision'), aliases: ['AWS Lambda'] },
      glossary('S3', 'Object storage that holds files of any size'),
      glossary('DynamoDB', 'A key-value database with no servers to run'),
      glossary('SQS', 'A queue that keeps messages until a consumer reads them'),
      definition('Lambda', 'Function-as-a-Service (FaaS) that runs your code', { id: 'def-lambda-2', source: { file: 'catalogue.md', line: 4, section: ['Catalogue'] } }),
    ];
    const lambda = onlyQuestions(questionsFor('Lambda', items));
    expect(lambda.length).toBe(2);
    for (const q of lambda) {
      expect(q.choices).not.toContain('FaaS');
      expect(q.choices).not.toContain('Functions deployed one by one and run by the platform on demand');
    }
    for (const q of onlyQuestions(questionsFor('FaaS', items))) expect(q.choices).not.toContain('Lambda');
  });
});

describe('explanations that teach', () => {
  it('says what the first distractor really is, when the notes define it', () => {
    const [, toTerm] = eachDirection(buildContext(kb(serviceDefinitions())).definitions.find((d) => d.term === 'Step Functions')!, buildContext(kb(serviceDefinitions())));
    const question = toTerm && 'question' in toTerm ? toTerm.question : undefined;
    const tempting = question!.choices.find((c, i) => i !== question!.answer)!;
    expect(question!.explanation).toMatch(new RegExp(`^Step Functions is a state machine service that coordinates services into workflows\\. ${tempting}, by contrast: .+\\.$`));
  });
});

describe('term → definition, asked only beside three definitions of its own section', () => {
  const press = (term: string, text: string, heading = 'Presses') => definition(term, text, { id: `def-${term}`, topic: 'Cider', source: { file: 'cider/press.md', line: 1 + term.length, section: ['Cider', heading] } });
  const reverse = (items: ReturnType<typeof press>[], term: string) => {
    const context = buildContext(kb(items));
    const [toDefinition] = eachDirection(context.definitions.find((d) => d.term === term)!, context);
    return toDefinition && 'question' in toDefinition ? toDefinition.question.choices.length : toDefinition;
  };
  const presses = [
    press('Rack press', 'Layers of pulp wrapped in cloth and stacked between wooden boards'),
    press('Basket press', 'A slatted wooden drum that a screw plate squeezes from above'),
    press('Belt press', 'Two moving belts that squeeze the pulp between rollers'),
  ];

  it('is dropped with two sibling definitions, however alike they are', () => {
    expect(reverse(presses, 'Rack press')).toMatchObject({ skip: 'fewer than three definitions of its own section' });
  });

  it('is asked with three, and never with one from another section', () => {
    const bladder = press('Bladder press', 'A rubber bag that swells inside a steel drum full of pulp');
    const elsewhere = press('Scratter', 'A mill with spiked rollers that breaks the apples before pressing', 'Mills');
    expect(reverse([...presses, elsewhere], 'Rack press')).toMatchObject({ skip: 'fewer than three definitions of its own section' });
    expect(reverse([...presses, bladder], 'Rack press')).toBe(4);
  });
});

describe('a name inside a clause of a sibling definition', () => {
  // Written for this test: "Beacon" is defined by a clause about Relay, not as a kind of Relay.
  const items = () => [
    definition('Relay', 'A message queue that hands each message to one consumer'),
    definition('Beacon', 'The alert service Relay is often paired with, sending texts and mail'),
    definition('Ledger', 'A log store that keeps every record in order for years'),
    definition('Vault', 'A secret store that hands out short-lived database passwords'),
  ];

  it('keeps the sibling as a wrong choice: "the alert service Relay is paired with" does not say Beacon is a Relay', () => {
    const [question] = onlyQuestions(questionsFor('Relay', items())).filter((q) => q.kind === 'definition-to-term');
    expect(question!.choices[question!.answer]).toBe('Relay');
    expect([...question!.choices].sort()).toEqual(['Beacon', 'Ledger', 'Relay', 'Vault']);
  });
});
