import type { Item, ParseWarning } from '../knowledge/item.js';
import { englishPart, hasOtherScript } from '../knowledge/english-part.js';

/**
 * The skips that mean a value was found but not placed: nothing in the line says what the number is of
 * ("95: 1.96", "k = 1.96" under a generic heading), so no stem can name it.
 */
const UNPLACED: ReadonlyMap<string, string> = new Map([
  ['fact has no attribute to ask about', 'nothing in the line says what the number is'],
  ['fact has no subject but a generic heading', 'the line names no subject, only a generic heading'],
  ['attribute is a unit or a label, not a property', 'the line names no property the value is of, only a label'],
]);

const NUMBER = /\d/;

/**
 * One warning per notes line that holds a value the generator could not place, with the reason, so a
 * team sees which of its figures the quiz never asks and why: a value with no attribute ("95: 1.96"),
 * or numbers that only a remark in another language explains ("2/10 表示…10天内…2%"). Only lines that
 * gave no question; in notes order.
 */
export function unplacedValues(skips: ReadonlyMap<Item, readonly string[]>, asked: ReadonlySet<Item>): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  const seen = new Set<string>();
  for (const [item, reasons] of skips) {
    if (asked.has(item)) continue;
    const text = textOf(item);
    if (!NUMBER.test(text)) continue;
    const reason = reasons.map((skip) => UNPLACED.get(skip)).find(Boolean) ?? (explainedElsewhere(text) ? 'its numbers are explained only in another language' : undefined);
    const at = `${item.source.file}:${item.source.line}`;
    if (!reason || seen.has(at)) continue;
    seen.add(at);
    warnings.push({ file: item.source.file, line: item.source.line, message: `value not asked: ${reason}` });
  }
  return warnings.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

/** The line's own words, as the notes wrote them. */
function textOf(item: Item): string {
  switch (item.kind) {
    case 'fact':
      return item.text;
    case 'definition':
      return `${item.term}: ${item.definition}`;
    case 'list':
      return `${item.title}: ${item.members.join(', ')}`;
    default:
      return '';
  }
}

/** "2/10 表示…10天内付款…2%": a line with numbers whose English part, if any, holds none of them. */
function explainedElsewhere(text: string): boolean {
  return hasOtherScript(text) && !NUMBER.test(englishPart(text) ?? '');
}
