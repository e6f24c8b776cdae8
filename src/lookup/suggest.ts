import type { Item } from '../knowledge/item.js';
import type { DeskCommand, FactIndex } from './fact-index.js';
import { describe } from './index-documents.js';
import { prepareQuery } from './prepare-query.js';
import { isTypableLabel } from './typable-label.js';

/**
 * Short phrases a person can type to reach an item ("lambda execution timeout", "eventbridge"): used
 * for the nearest labels after a miss and for autocomplete. Every label, typed back as a query, finds
 * its item; only labels a person would type are offered (see typable-label.ts).
 */

/** Discord's limit for an autocomplete choice; Slack's is larger. */
const MAX_LABEL_CHARS = 100;
/** Discord shows at most 25 autocomplete choices. */
const MAX_COMPLETIONS = 25;

function tidy(text: string): string {
  const words = text
    .replace(/[\p{C}]/gu, ' ')
    // "function's run time" → "function run time", "can't" → "cant": no stray "s" or "t" words.
    .replace(/['’]s\b/gu, '')
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}\s/@.&+-]/gu, ' ')
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word.length > 0 && !/^[-./@&+]+$/u.test(word));
  const seen = new Set<string>();
  const unique = words.filter((word) => (seen.has(word) ? false : (seen.add(word), true)));
  const label = unique.join(' ');
  const chars = Array.from(label);
  return chars.length <= MAX_LABEL_CHARS ? label : chars.slice(0, MAX_LABEL_CHARS).join('').trim();
}

// Labels are asked for again and again (autocomplete on every keystroke): compute each once.
const LABELS: Record<DeskCommand, WeakMap<Item, string>> = { limit: new WeakMap(), define: new WeakMap() };

/** The phrase that names an item for a command. */
export function labelOf(command: DeskCommand, item: Item): string {
  const cached = LABELS[command].get(item);
  if (cached !== undefined) return cached;
  const label = computeLabel(command, item);
  LABELS[command].set(item, label);
  return label;
}

function computeLabel(command: DeskCommand, item: Item): string {
  if (command === 'limit' && item.kind === 'fact') {
    const what = item.attribute.trim() || item.subject;
    return tidy(`${item.topic} ${what}`);
  }
  if (item.kind === 'definition') return tidy(item.term);
  if (item.kind === 'list') return tidy(item.title);
  return tidy(describe(item).name || item.topic);
}

/** Distinct labels of the given items, in order, at most `max`. */
function distinctLabels(command: DeskCommand, items: readonly Item[], max: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (out.length >= max) break;
    const label = labelOf(command, item);
    if (!label || seen.has(label) || !isTypableLabel(label)) continue;
    seen.add(label);
    out.push(label);
  }
  return out;
}

// Per index and command: every distinct label, and the example labels (built on first use, then kept).
const ALL_LABELS = new WeakMap<FactIndex, Partial<Record<DeskCommand, string[]>>>();
const EXAMPLES = new WeakMap<FactIndex, Partial<Record<DeskCommand, string[]>>>();

function cached(
  store: WeakMap<FactIndex, Partial<Record<DeskCommand, string[]>>>,
  index: FactIndex,
  command: DeskCommand,
  make: () => string[],
): string[] {
  const entry = store.get(index) ?? {};
  store.set(index, entry);
  return (entry[command] ??= make());
}

/** Example queries for a command: one label from each of the topics with the most items. */
export function exampleLabels(index: FactIndex, command: DeskCommand, max: number): string[] {
  return cached(EXAMPLES, index, command, () => computeExamples(index, command, 10)).slice(0, max);
}

function computeExamples(index: FactIndex, command: DeskCommand, max: number): string[] {
  const items = index.items(command);
  const byTopic = new Map<string, Item[]>();
  for (const item of items) {
    const list = byTopic.get(item.topic) ?? [];
    list.push(item);
    byTopic.set(item.topic, list);
  }
  const ranked = [...byTopic.values()].sort((a, b) => b.length - a.length);
  const firsts = ranked.map(
    (list) => list.find((item) => command !== 'define' || item.kind === 'definition') ?? list[0],
  );
  return distinctLabels(
    command,
    firsts.filter((item): item is Item => item !== undefined),
    max,
  );
}

/** "Did you mean": labels of items a looser, more typo-tolerant search finds; else general examples. */
export function suggestionsFor(index: FactIndex, command: DeskCommand, terms: readonly string[], max = 3): string[] {
  const hits = index.search(command, terms, 'loose');
  const labels = distinctLabels(
    command,
    hits.map((hit) => hit.item),
    max,
  );
  return labels.length > 0 ? labels : exampleLabels(index, command, max);
}

/** Autocomplete: labels of the items the partial text leads to, best first, at most `max` (≤ 25). */
export function completionsFor(
  index: FactIndex,
  command: DeskCommand,
  partial: unknown,
  max = MAX_COMPLETIONS,
): string[] {
  const limit = Math.max(0, Math.min(MAX_COMPLETIONS, Number.isFinite(max) ? Math.floor(max) : MAX_COMPLETIONS));
  if (limit === 0) return [];
  const { cleaned, terms } = prepareQuery(partial, index.vocabulary, index.synonyms);
  if (terms.length === 0 || cleaned.length < 2) {
    const start = cleaned.toLowerCase();
    const all = cached(ALL_LABELS, index, command, () =>
      distinctLabels(command, index.items(command), Number.POSITIVE_INFINITY),
    );
    const out: string[] = [];
    for (const label of all) {
      if (out.length >= limit) break;
      if (label.startsWith(start)) out.push(label);
    }
    return out;
  }
  const hits = index.search(command, terms, 'complete');
  return distinctLabels(
    command,
    hits.map((hit) => hit.item),
    limit,
  );
}
