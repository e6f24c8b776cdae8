import type { DefinitionItem, FactItem } from '../knowledge/item.js';
import { groupBy, perContext } from './context-index.js';
import { placeKey, placeOf } from './definition-index.js';
import { definitionsOverlap } from './definition-overlap.js';
import type { GenerationContext } from './generation-context.js';
import { nameKey } from './text-tools.js';

/**
 * The labels of the "Label: text" lines of `item`'s own section that the parser read as facts, because
 * they hold a number: "ED50: Dose … in 50% of the population" and "LD50: Lethal dose in 50% …" beside
 * "Therapeutic index: the margin of safety for a drug". They are terms of the same list as the item's,
 * defined by the notes as much as it is; one whose text also fits `definition` is a second right answer
 * and is left out.
 */
export function labelledBeside(item: DefinitionItem, definition: string, context: GenerationContext): string[] {
  const own = new Set([item.term, ...item.aliases].map(nameKey));
  const facts = labelledFactsOf(context).get(placeOf(item)) ?? [];
  const recurring = recurringLabelsOf(context);
  return facts.flatMap(({ subject, text, source }) => {
    const said = text.slice(text.indexOf(':') + 1).trim();
    // "CPT: Compute" says too little to be a definition; "HTTP Status Code: 400" under each of many
    // headings is an attribute of the heading's thing, not a term.
    if (said.split(/\s+/).length < 3 || recurring.has(placeKey(source.file, nameKey(subject)))) return [];
    return own.has(nameKey(subject)) || definitionsOverlap(definition, said) ? [] : [subject.trim()];
  });
}

/** The labels that open two lines or more of one file, by file and label. */
const recurringLabelsOf = perContext((context) => {
  const counts = new Map<string, number>();
  for (const fact of context.facts.filter(isLabelled)) {
    const key = placeKey(fact.source.file, nameKey(fact.subject));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([key]) => key));
});

/** "ED50: …": a fact whose line opens with its subject, a name of four words at most, and a colon. */
function isLabelled(fact: FactItem): boolean {
  const subject = fact.subject.trim();
  return subject !== '' && subject.split(/\s+/).length <= 4 && fact.text.startsWith(`${subject}:`);
}

const labelledFactsOf = perContext((context) => groupBy(context.facts.filter(isLabelled), (fact) => placeOf(fact)));
