import { describe, expect, it } from 'vitest';
import { definitionQuestions } from '../../src/questions/definition-question.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { questionTopic } from '../../src/questions/question-topic.js';
import { definition, kb } from './build-items.js';

const at = (file: string, section: string[], topic: string) => ({ topic, source: { file, line: 2 + section.length, section } });

describe('the topic a question is posted under', () => {
  it('keeps the item topic when it names nothing of the answer', () => {
    const item = definition('Press', 'A machine that squeezes the juice from milled apples', at('cider/making.md', ['Cider making', 'Equipment'], 'Cider making'));
    expect(questionTopic(item, 'Which of these squeezes the juice from milled apples?', 'Press', ['Mill', 'Fermenter'])).toBe('Cider making');
  });

  it('climbs to a heading that does not name the answer, dropping a gloss in brackets', () => {
    const item = definition('Keeving', 'A slow natural clarifying of the juice before it ferments', at('cider/making.md', ['Cider making (keeving and more)', 'Keeving (KV)', 'What it does'], 'Keeving'));
    expect(questionTopic(item, 'Which of these is a slow natural clarifying of the juice?', 'Keeving', ['Racking', 'Pitching'])).toBe('Cider making');
  });

  it('falls back on the file name and the folder, read as words', () => {
    const item = definition('Racking', 'Drawing the cider off its sediment into a clean vessel', at('03-Cellar-Work/racking.md', ['Racking'], 'Racking'));
    expect(questionTopic(item, 'Which of these draws the cider off its sediment?', 'Racking', ['Keeving', 'Pitching'])).toBe('Cellar Work');
  });

  it('never titles a question with the number it asks for', () => {
    const item = definition('9040', 'The press controller listens here', at('cellar/ports.md', ['Cellar ports', '9040'], '9040'));
    expect(questionTopic(item, 'Which of these is described as “The press controller listens here”?', '9040', ['8080', '9090'])).toBe('Cellar ports');
  });

  it('passes over a facet heading ("Types") to the name above it, and keeps the facet as the kind', () => {
    const item = definition('Cider', 'Fermented from apple juice alone', at('drinks/fermented.md', ['Fermented drinks', 'Types'], 'Types'));
    expect(questionTopic(item, 'Which of these is fermented from apple juice alone?', 'Cider', ['Perry', 'Mead'])).toBe('Fermented drinks: types');
  });

  it('titles a settings heading with the thing it sets ("Press: settings")', () => {
    const item = definition('Gap', 'The distance between the rollers of the mill', at('cellar/press.md', ['Press', 'Settings'], 'Settings'));
    expect(questionTopic(item, 'Which of these is the distance between the rollers?', 'Gap', ['Speed', 'Load'])).toBe('Press: settings');
  });

  it('passes over "Other" and takes the folder’s facet above it as the kind', () => {
    const item = definition('Mousiness', 'A taint tasted only after swallowing', at('drinks/cider.md', ['Cider', 'Faults', 'Other'], 'Other'));
    expect(questionTopic(item, 'Which of these is a taint tasted only after swallowing?', 'Mousiness', ['Acetic', 'Ropiness'], undefined, ['faults'])).toBe('Cider: faults');
  });

  it('adds no facet in another script, nor after a title with a colon of its own', () => {
    const chinese = definition('Perry', 'Fermented from pear juice', at('drinks/pear.md', ['Pear drinks', '基础词汇'], '基础词汇'));
    expect(questionTopic(chinese, 'Which of these is fermented from pear juice?', 'Perry', ['Cider', 'Mead'], undefined, ['基础词汇'])).toBe('Pear drinks');
    const colon = definition('Perry', 'Fermented from pear juice', at('drinks/pear.md', ['Drinks: pear', 'Types'], 'Types'));
    expect(questionTopic(colon, 'Which of these is fermented from pear juice?', 'Perry', ['Cider', 'Mead'])).toBe('Drinks: pear');
  });

  it('passes over a task title to a name below it ("Plan the cellar layout" is what a chapter does)', () => {
    const item = definition('Bung', 'A stopper that seals the cask', at('cellar/casks.md', ['Plan and stock the cellar for the season', 'Cask parts', 'Bung'], 'Plan and stock the cellar for the season'));
    expect(questionTopic(item, 'Which of these is a stopper that seals the cask?', 'Bung', ['Stave', 'Hoop'])).toBe('Cask parts');
  });

  it('gives no title whose word hides inside a word of the answer ("discovery" in "eDiscovery")', () => {
    const item = definition('Records triage', 'Sorts documents for later eDiscovery review', at('law/records.md', ['Records', 'discovery'], 'discovery'));
    expect(questionTopic(item, 'Which of these best describes records triage?', 'Sorts documents for later eDiscovery review', ['Seals the evidence locker', 'Logs who touched a file'])).toBe('Records');
  });

  it('gives none when every place names the answer', () => {
    const item = definition('Racking', 'Drawing the cider off its sediment into a clean vessel', at('racking.md', ['Racking'], 'Racking'));
    expect(questionTopic(item, 'Which of these draws the cider off its sediment?', 'Racking', ['Keeving', 'Pitching'])).toBeUndefined();
  });

  it('is what a generated definition question carries', () => {
    const items = ['Keeving', 'Racking', 'Pitching'].map((term, i) =>
      definition(term, ['A slow natural clarifying of the juice before it ferments', 'Drawing the cider off its sediment into a clean vessel', 'Adding the chosen yeast to the juice'][i]!, at('02-Cellar/steps.md', ['Cellar steps'], term)),
    );
    const context = buildContext(kb(items));
    const [outcome] = definitionQuestions(context.definitions[0]!, context);
    expect(outcome && 'question' in outcome ? outcome.question.topic : outcome).toBe('Cellar steps');
  });
});
