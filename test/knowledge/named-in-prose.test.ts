import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';

const definitions = (text: string): string[] =>
  parseNote('kitchen.md', text)
    .items.filter((item) => item.kind === 'definition')
    .map((item) => (item.kind === 'definition' ? `${item.term} = ${item.definition}` : ''));

describe('a sentence that gives a bold name to what it describes', () => {
  it('defines the name by the phrase "is called", "is known as" or "is referred to as" names', () => {
    const note =
      '# Baking\n\nOvens bake evenly. The time a dough rests before shaping is called the **bench rest**. It takes minutes.\n';
    expect(definitions(note)).toContain('bench rest = the time a dough rests before shaping');
    expect(
      definitions('# Baking\n\nA loaf shaped by hand and baked on stone is known as a **hearth loaf**.\n'),
    ).toContain('hearth loaf = a loaf shaped by hand and baked on stone');
  });

  it('defines a name that parts are combined to form by how it is formed', () => {
    const note =
      '# Menus\n\nEach **course** is one plate. A group of courses can be combined to form a **tasting menu**. Prices vary:\n';
    expect(definitions(note)).toContain('tasting menu = formed by combining a group of courses');
  });

  it('reads nothing when the name is not in bold or no phrase of its own opens the sentence', () => {
    expect(definitions('# Baking\n\nThe time a dough rests before shaping is called the bench rest.\n')).toEqual([]);
    // A bare plural before "called" names nothing that could be defined by it.
    expect(definitions('# Baking\n\nLoaves are called **boules** in some shops.\n')).toEqual([]);
    // "a tool called **X**" in the middle of a sentence names without defining.
    expect(definitions('# Baking\n\nBakers use a tool called **lame** to score loaves.\n')).toEqual([]);
  });
});
