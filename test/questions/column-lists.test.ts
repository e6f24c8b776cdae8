import { describe, expect, it } from 'vitest';
import { isColumnLists } from '../../src/questions/column-lists.js';
import { comparisonQuestions } from '../../src/questions/comparison-question.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { comparison, kb } from './build-items.js';

// | Light frost risk | Hard frost risk | Killing frost risk |, a valley name in every cell, each column sorted.
const frost = [
  ['Amber Vale', 'Birch Hollow', 'Cold Gap'],
  ['Dunmore', 'Elm Bottom', 'Fell Head'],
  ['Glen Ard', 'High Moss', 'Iron Crag'],
  ['Juniper Dale', 'Kettle Pass', 'Lowmoor'],
  ['Marsh End', '', 'Nettle Fell'],
].map(([first, hard, killing], index) =>
  comparison('Frost risk by valley', first!, [['Hard frost risk', hard!], ['Killing frost risk', killing!]], { id: `frost-${index}` }),
);

describe('tables that are lists side by side', () => {
  it('are told from records by sorted columns of names', () => {
    expect(isColumnLists(frost)).toBe(true);
  });

  it('ask nothing of a row, which only pairs names standing at the same height', () => {
    const context = buildContext(kb(frost));
    expect(comparisonQuestions(frost[1]!, context)).toEqual([{ skip: 'table is lists side by side: its rows state nothing', item: frost[1] }]);
  });

  it('are not records whose first column alone is sorted', () => {
    const row = (name: string, season: string, colour: string) => comparison('Apple varieties', name, [['Season', season], ['Colour', colour]], { id: `apple-${name}` });
    const apples = [row('Bramley', 'Late', 'Green'), row('Cox', 'Mid', 'Orange-red'), row('Discovery', 'Early', 'Scarlet'), row('Egremont Russet', 'Mid', 'Bronze'), row('Worcester', 'Early', 'Crimson')];
    expect(isColumnLists(apples)).toBe(false);
  });
});

describe('rows that state no fact', () => {
  it('skip a sample result: numbers beside numbers', () => {
    const row = (id: string, tree: string, yieldKg: string) => comparison('Picking log', id, [['Tree', tree], ['Yield', yieldKg]], { id: `log-${id}` });
    const items = [row('1041', '17', '82'), row('1042', '9', '64'), row('1043', '23', '71')];
    const context = buildContext(kb(items));
    expect(comparisonQuestions(items[0]!, context)).toEqual([{ skip: 'table row is sample data', item: items[0] }]);
  });
});

describe('tables that illustrate', () => {
  it('ask nothing of figures when their title says they are an example', () => {
    const row = (name: string, price: string) => comparison('Pricing example – one tonne of Bramleys', name, [['Price', price]], { id: `p-${name}` });
    const items = [row('Spot market', '$410'), row('Contract', '$380'), row('Pick your own', '$520')];
    const context = buildContext(kb(items));
    expect(comparisonQuestions(items[0]!, context)).toEqual([{ skip: 'table gives example figures', item: items[0] }]);
  });

  it('still ask an example table that states no figures', () => {
    const row = (name: string, duty: string) => comparison('Example duties by crew', name, [['Duty', duty]], { id: `e-${name}` });
    const items = [row('Pickers', 'fill the bins row by row'), row('Pruners', 'cut back the leaders in winter'), row('Packers', 'grade and box the fruit')];
    const context = buildContext(kb(items));
    expect(comparisonQuestions(items[0]!, context).every((outcome) => 'question' in outcome)).toBe(true);
  });
});
