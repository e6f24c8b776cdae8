import { describe, expect, it } from 'vitest';
import type { DefinitionItem } from '../../src/knowledge/item.js';
import { definitionQuestions } from '../../src/questions/definition-question.js';
import { categoryBesideThing, classBesideMember, combinedBesideOne, sameHead, sameKind, termKind } from '../../src/questions/definition-kin.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { comparison, definition, kb, list } from './build-items.js';

// A study file about a made-up orchard system: terms of several kinds under one heading's parent.
const at = (file: string, section: string[]) => ({ source: { file, line: 1 + section.join('').length, section } });
const orchard = (term: string, text: string, heading: string, file = 'orchard/trees.md'): DefinitionItem =>
  definition(term, text, { topic: 'Orchard', ...at(file, ['Orchard', heading]), id: `def-${term}` });

describe('terms of one kind', () => {
  it('reads a kind from the last word of a term, and from the first of a two-word term with the form of the second', () => {
    expect(termKind('Pruning Shears')).toEqual({ head: 'shear', lead: 'pruning capital' });
    expect(termKind('GRAFT SPLICE')).toEqual({ head: 'splice', lead: 'graft upper' });
    expect(termKind('Rootstock 7B')).toEqual({ head: undefined, lead: 'rootstock code' });
    expect(termKind('Drip Irrigation Controller').head).toBe('controller');
  });

  it('calls terms kin by their head word, a shared definition head, a list holding both, or a rare word of their definitions', () => {
    const items = [
      orchard('Drip Controller', 'a valve box that waters each row on a timer', 'Drip Controller'),
      orchard('Frost Controller', 'a sensor box that starts the fans below freezing', 'Frost Controller'),
      orchard('Cleft graft', 'a join where the scion sits in a split trunk', 'Cleft graft'),
      orchard('Whip graft', 'a join of two slanted cuts of equal width', 'Whip graft'),
      orchard('Codling moth', 'a pest whose larvae tunnel into the apples', 'Codling moth'),
      orchard('Harvest bin', 'a crate that holds the picked apples', 'Harvest bin'),
      orchard('Spur', 'a short shoot that carries the blossom', 'Spur'),
      list('Orchard pests', ['Codling moth', 'Woolly aphid', 'Pear psylla']),
    ];
    const context = buildContext(kb(items));
    const find = (term: string) => context.definitions.find((d) => d.term === term)!;
    expect(sameKind(find('Drip Controller'), find('Frost Controller'), context)).toBe(true);
    expect(sameKind(find('Cleft graft'), find('Whip graft'), context)).toBe(true);
    // "apples" is said of both, and of no other definition of these notes.
    expect(sameKind(find('Codling moth'), find('Harvest bin'), context)).toBe(true);
    expect(sameKind(find('Drip Controller'), find('Cleft graft'), context)).toBe(false);
    expect(sameKind(find('Spur'), find('Drip Controller'), context)).toBe(false);
  });
});

describe('definition distractors from farther away', () => {
  it('offers a term from another heading of the file only when it is of the answer\'s kind', () => {
    const items = [
      orchard('Drip Controller', 'a valve box that waters each row on a timer', 'Drip Controller'),
      orchard('Frost Controller', 'a sensor box that starts the fans below freezing', 'Frost Controller'),
      orchard('Canopy Controller', 'a motor that tilts the shade nets in strong sun', 'Canopy Controller'),
      orchard('Codling moth', 'a pest whose larvae tunnel into the fruit', 'Codling moth'),
      orchard('Harvest bin', 'a crate for the picked fruit', 'Harvest bin'),
    ];
    const context = buildContext(kb(items));
    const [outcome] = definitionQuestions(context.definitions[0]!, context);
    expect(outcome && 'question' in outcome ? [...outcome.question.choices].sort() : outcome).toEqual(['Canopy Controller', 'Drip Controller', 'Frost Controller']);
  });

  it('skips rather than fill the choices with things of another kind', () => {
    const items = [
      orchard('Drip Controller', 'a valve box that waters each row on a timer', 'Drip Controller'),
      orchard('Codling moth', 'a pest whose larvae tunnel into the fruit', 'Codling moth'),
      orchard('Harvest bin', 'a crate for the picked fruit', 'Harvest bin'),
      orchard('Spur', 'a short shoot that carries the blossom', 'Spur'),
    ];
    const context = buildContext(kb(items));
    expect(definitionQuestions(context.definitions[0]!, context)).toEqual([{ skip: 'not enough distractors of the same kind', item: items[0] }]);
  });

  it('finds kin defined in another file when their terms share a head word', () => {
    const items = [
      orchard('Drip Controller', 'a valve box that waters each row on a timer', 'Drip Controller'),
      orchard('Codling moth', 'a pest whose larvae tunnel into the fruit', 'Codling moth'),
      orchard('Frost Controller', 'a sensor box that starts the fans below freezing', 'Frost Controller', 'weather/frost.md'),
      orchard('Canopy Controller', 'a motor that tilts the shade nets in strong sun', 'Canopy Controller', 'weather/sun.md'),
    ];
    const context = buildContext(kb(items));
    const [outcome] = definitionQuestions(context.definitions[0]!, context);
    expect(outcome && 'question' in outcome ? outcome.question.choices.filter((c) => c !== 'Drip Controller').sort() : outcome).toEqual(['Canopy Controller', 'Frost Controller']);
  });

  it('never offers, beside a definition, the name of the thing it is written about (its topic)', () => {
    // "Mulch Ring" is defined in a note about MR: MR beside it would be the answer again.
    const items = [
      { ...orchard('Mulch Ring', 'a circle of bark laid round the trunk to keep the soil damp', 'Trunk rings'), topic: 'MR' },
      orchard('MR', 'a circle of chipped wood that keeps weeds off the trunk', 'Trunk rings'),
      orchard('Tree Ring', 'a band of grease that stops ants climbing the trunk', 'Trunk rings'),
      orchard('Guard Ring', 'a sleeve of mesh round the trunk against rabbits', 'Trunk rings'),
      orchard('Wire Ring', 'a loop of soft wire that ties the stake to the stem', 'Trunk rings'),
    ];
    const context = buildContext(kb(items));
    const [outcome] = definitionQuestions(context.definitions[0]!, context);
    // Asked either way round, the other choices come from Tree Ring, Guard Ring and Wire Ring only.
    const question = outcome && 'question' in outcome ? outcome.question : undefined;
    expect(question?.choices).toHaveLength(4);
    expect(question?.choices.some((choice) => choice === 'MR' || /chipped wood/.test(choice))).toBe(false);
  });
});

describe('wrong choices that would be right too', () => {
  const choicesFor = (items: DefinitionItem[], term: string) => {
    const context = buildContext(kb(items));
    const [outcome] = definitionQuestions(context.definitions.find((d) => d.term === term)!, context);
    return outcome && 'question' in outcome ? [...outcome.question.choices].sort() : outcome;
  };

  it('never offers a term whose definition says the same in a later sentence', () => {
    const items = [
      orchard('Bramley', 'Cooks down to a fluffy purée when heated', 'Apples'),
      orchard('Cox', 'Crisp and aromatic, eaten fresh. It cooks down to a fluffy purée when heated', 'Apples'),
      orchard('Russet', 'A rough brown skin and a nutty taste', 'Apples'),
      orchard('Worcester', 'A bright red skin and a sweet, early fruit', 'Apples'),
    ];
    expect(choicesFor(items, 'Bramley')).toEqual(['Bramley', 'Russet', 'Worcester']);
  });

  it('never offers a kind of the answer, written under a heading that names it', () => {
    const items = [
      orchard('Russet', 'A rough brown skin and a nutty taste', 'Russet'),
      orchard('Egremont', 'Golden flesh, picked in late September', 'Russet'),
      orchard('Knobby', 'Lumpy fruit that keeps until spring', 'Russet'),
      orchard('Worcester', 'A bright red skin and a sweet, early fruit', 'Apples'),
      orchard('Discovery', 'A thin skin with a red blush, the earliest of the season', 'Apples'),
    ];
    expect(choicesFor(items, 'Russet')).toEqual(['Discovery', 'Russet', 'Worcester']);
  });
});

describe('names a list holds beside the term', () => {
  it('stand as wrong choices when the notes define too few siblings of its kind', () => {
    const items = [
      orchard('Bittersweet', 'A cider apple high in both tannin and sugar', 'Bittersweet'),
      orchard('Keeving', 'A slow natural clarifying of the juice', 'Keeving'),
      list('Cider apple classes', ['Bittersweet', 'Bittersharp', 'Sharp', 'Sweet']),
    ];
    const context = buildContext(kb(items));
    const [outcome] = definitionQuestions(context.definitions[0]!, context);
    expect(outcome && 'question' in outcome ? [...outcome.question.choices].sort() : outcome).toEqual(['Bittersharp', 'Bittersweet', 'Sharp', 'Sweet']);
  });
});

describe('rows a table holds beside the term', () => {
  it('stand as wrong choices too', () => {
    const items = [
      orchard('Scratter', 'The mill that breaks apples into pulp before pressing', 'Scratter'),
      orchard('Keeving', 'A slow natural clarifying of the juice', 'Keeving'),
      comparison('Cider kit', 'Scratter', [['Stage', 'Milling']], { id: 'k-1' }),
      comparison('Cider kit', 'Rack-and-cloth press', [['Stage', 'Pressing']], { id: 'k-2' }),
      comparison('Cider kit', 'Demijohn', [['Stage', 'Fermenting']], { id: 'k-3' }),
    ];
    const context = buildContext(kb(items));
    const [outcome] = definitionQuestions(context.definitions[0]!, context);
    expect(outcome && 'question' in outcome ? [...outcome.question.choices].sort() : outcome).toEqual(['Demijohn', 'Rack-and-cloth press', 'Scratter']);
  });
});

describe('distractors the round-4 review found to be of another kind', () => {
  const choicesFor = (items: Array<DefinitionItem | ReturnType<typeof list>>, term: string) => {
    const context = buildContext(kb(items));
    const [outcome] = definitionQuestions(context.definitions.find((d) => d.term === term)!, context);
    return outcome && 'question' in outcome ? [...outcome.question.choices].sort() : outcome;
  };

  it('never fills the choices with names from other topics of the notes that only look like products', () => {
    const tool = (term: string, text: string) => definition(term, text, { id: `def-${term}`, source: { file: `${term.toLowerCase()}.md`, line: 1, section: [term] } });
    const items = [tool('HiveLog', 'Records the weight of each hive every hour'), tool('CombCam', 'Films the frames of a hive at night'), tool('SwarmNet', 'Warns the keeper when a colony leaves the hive')];
    expect(choicesFor(items, 'HiveLog')).toMatchObject({ skip: 'not enough distractors of the same kind' });
  });

  it('offers, from anywhere in the notes, only the terms named as variants of the answer', () => {
    const cut = (term: string, text: string, month: string) => definition(term, text, { id: `def-${term}`, topic: month, source: { file: `${month.toLowerCase()}.md`, line: 1, section: ['Orchard year', term] } });
    const items = [
      cut('PRUNE SUMMER', 'Shortens the new shoots to let light reach the fruit', 'July'),
      cut('PRUNE WINTER', 'Removes whole branches while the tree is dormant', 'January'),
      cut('PRUNE RENEWAL', 'Cuts old fruiting wood back so young wood replaces it', 'February'),
      cut('ThinOut', 'Removes small fruit so the rest grow large', 'June'),
    ];
    expect(choicesFor(items, 'PRUNE SUMMER')).toEqual(['PRUNE RENEWAL', 'PRUNE SUMMER', 'PRUNE WINTER']);
  });

  it('offers terms heading parallel sections, never an entry written under another defined term', () => {
    const items = [
      orchard('Copper spray', 'a fungicide brushed on the bark against canker', 'Copper spray'),
      orchard('Lime sulphur', 'a fungicide sprayed on the leaves against scab', 'Lime sulphur'),
      orchard('Bordeaux mix', 'a fungicide of copper and lime against blight', 'Bordeaux mix'),
      // A part of Copper spray's matter (what it treats), not a fungicide.
      orchard('Canker', 'a wound of the bark that fungicide sprays treat', 'Copper spray'),
    ];
    expect(choicesFor(items, 'Lime sulphur')).toEqual(['Bordeaux mix', 'Copper spray', 'Lime sulphur']);
  });

  it('never offers an entry of another heading\'s kind, and offers opposite definitions together', () => {
    const items = [
      orchard('Keeper', 'Full care of every hive in the apiary, including the right to hand hives to others', 'Common roles'),
      orchard('Helper', 'Full care of every hive in the apiary, but can not hand hives to others', 'Common roles'),
      orchard('Visitor', 'Looks at each hive of the apiary without opening it', 'Common roles'),
      orchard('Handover', 'The passing of a hive of the apiary from one keeper to another', 'Access concepts'),
    ];
    expect(choicesFor(items, 'Helper')).toEqual(['Helper', 'Keeper', 'Visitor']);
  });

  it('offers a list of another section beside a term heading its own section only', () => {
    const items = [
      orchard('Scab', 'a fungus that spots the leaves and the fruit', 'Leaf diseases'),
      orchard('Keeving', 'A slow natural clarifying of the juice', 'Keeving'),
      list('Orchard diseases', ['Scab', 'Canker', 'Mildew', 'Blight']),
    ];
    expect(choicesFor(items, 'Scab')).toMatchObject({ skip: 'not enough distractors of the same kind' });
  });

  it('never offers the kind beside one of its kinds: what describes a whip graft describes a graft', () => {
    const items = [
      orchard('graft', 'a shoot joined onto a rootstock so the two grow as one', 'Grafts'),
      orchard('whip graft', 'two slanted cuts of equal width bound together', 'Grafts'),
      orchard('cleft graft', 'a scion wedged into a split stump', 'Grafts'),
      orchard('bud graft', 'a single bud slipped under the bark in summer', 'Grafts'),
    ];
    expect(choicesFor(items, 'whip graft')).toEqual(['bud graft', 'cleft graft', 'whip graft']);
  });

  it('offers beside one of a heading\'s kind no class of another kind written under it', () => {
    const items = [
      orchard('codling moth', 'lays eggs on young fruit so the larvae tunnel in', 'Moths'),
      orchard('winter moth', 'a wingless female climbs the trunk to lay in the buds', 'Moths'),
      orchard('leopard moth', 'its larvae bore into the branches for years', 'Moths'),
      orchard('sticky bands', 'grease rings that catch the females on the trunk', 'Moths'),
    ];
    expect(choicesFor(items, 'winter moth')).toEqual(['codling moth', 'leopard moth', 'winter moth']);
  });
});

describe('classBesideMember: a class of things is no wrong choice beside one named thing', () => {
  it.each([
    ['Graft', 'Budding methods', true],
    ['NoSpray', 'Other Spray Programs', true],
    ['Graft', 'Budding', false],
    // A plural answer, a phrase for an answer, or a pair of things: not judged.
    ['Cleft grafts', 'Budding methods', false],
    ['Thin fruit', 'Thin shoots', false],
    ['Scab', 'Frost and hail storms', false],
  ])('%j beside %j: %s', (answer, candidate, expected) => {
    expect(classBesideMember(answer, candidate)).toBe(expected);
  });
});

describe('lures of another kind than the answer', () => {
  it.each([
    ['a category of the notes beside one thing', 'Hive Entrance', 'Feeding Options', 'category'],
    ['a pair of things beside one', 'Mouse Guard', 'Lid + Roof', 'combined'],
  ])('rejects %s', (_name, answer, term, rule) => {
    expect(rule === 'category' ? categoryBesideThing(answer, term) : combinedBesideOne(answer, term)).toBe(true);
  });

  it('keeps a category beside a category, a pair beside a pair, and one thing beside another', () => {
    expect(categoryBesideThing('Wintering Options', 'Feeding Options')).toBe(false);
    expect(categoryBesideThing('Hive Entrance', 'Mouse Guard')).toBe(false);
    expect(combinedBesideOne('Smoker + Veil', 'Lid + Roof')).toBe(false);
  });

  it('says two terms share a head word, singular or plural, only when both have two words', () => {
    expect(sameHead('civil inspections', 'spring inspection')).toBe(true);
    expect(sameHead('civil inspections', 'logbook')).toBe(false);
    expect(sameHead('inspections', 'spring inspections')).toBe(false);
  });
});
