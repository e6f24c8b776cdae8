import type { Item } from '../../src/knowledge/item.js';

/** One line per item, with what a reader checks: kind, subject/term, attribute, value and qualifiers. */
export function summarise(items: Item[]): string[] {
  return items.map((i) => {
    switch (i.kind) {
      case 'fact': {
        const qualifiers = [i.role, ...(i.conditions ?? []), ...(i.negated ? ['not'] : [])].filter(Boolean);
        return `fact ${i.subject} | ${i.attribute} | ${i.quantity?.text ?? '-'}${qualifiers.length ? ` [${qualifiers.join(', ')}]` : ''}`;
      }
      case 'definition':
        return `definition ${i.term}${i.aliases.length ? ` (${i.aliases.join(', ')})` : ''} = ${i.definition}`;
      case 'list':
        return `list ${i.title}: ${i.members.join(', ')}`;
      case 'comparison':
        return `comparison ${i.title} / ${i.row}`;
      case 'qa':
        return `qa ${i.question} => ${i.answer}`;
      case 'usecase':
        return `usecase ${i.subject} <= ${i.situation}`;
      case 'command':
        return `command ${i.name} <= ${i.purpose}`;
    }
  });
}
