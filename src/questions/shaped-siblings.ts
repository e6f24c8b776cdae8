import type { DefinitionItem, FactItem, Item } from '../knowledge/item.js';
import { perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import { type Candidate, nearby } from './pick-distractors.js';
import { comparisonKey } from './text-tools.js';
import { isDirectory, leadingValue, sameFamily, type ValueShape, valuesIn } from './value-shape.js';

/**
 * Wrong choices for a value of a written shape (a path, a flag, capitals, a joined-up identifier):
 * values of the same shape and family the notes write elsewhere, the same notes file first.
 */

/** The shape of a text that is one shaped value and nothing else; undefined for anything else. */
export const shapeOf = (value: string): ValueShape | undefined => {
  const found = leadingValue(value);
  return found?.value === value ? found.shape : undefined;
};

interface Written {
  value: string;
  shape: ValueShape;
  file: string;
}

/** Every shaped value the notes write, once per file, in notes order, and where each file's first one stands. */
const writtenValuesOf = perContext((context) => {
  const byShape = new Map<ValueShape, Written[]>();
  const firstOfFile = new Map<string, number>();
  const seen = new Set<string>();
  for (const item of context.items) {
    for (const text of textsOf(item)) {
      for (const { value, shape } of valuesIn(text)) {
        const key = `${item.source.file}\u0000${value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const list = byShape.get(shape) ?? byShape.set(shape, []).get(shape)!;
        const place = `${shape}\u0000${item.source.file}`;
        if (!firstOfFile.has(place)) firstOfFile.set(place, list.length);
        list.push({ value, shape, file: item.source.file });
      }
    }
  }
  return { byShape, firstOfFile };
});

function textsOf(item: Item): string[] {
  switch (item.kind) {
    case 'fact':
      return [item.text];
    case 'definition':
      return [item.term, item.definition];
    case 'list':
      return item.members;
    case 'comparison':
      return [item.row, ...item.values.map((v) => v.value)];
    case 'qa':
      return [item.answer, ...item.options];
    case 'usecase':
      return [item.subject];
    case 'command':
      return [item.name];
  }
}

/** Values of the answer's shape and family: the same notes file first, then any file. */
export function shapedSiblings(fact: FactItem, answer: string, context: GenerationContext, shape: ValueShape | undefined = shapeOf(answer)): Candidate[] {
  if (!shape) return [];
  const answerKey = comparisonKey(answer);
  const candidates: Candidate[] = [];
  const { byShape, firstOfFile } = writtenValuesOf(context);
  // The values written near the fact's own file stand in for all of them: a big corpus costs no more per question.
  for (const written of nearby(byShape.get(shape) ?? [], firstOfFile.get(`${shape}\u0000${fact.source.file}`) ?? 0)) {
    if (comparisonKey(written.value) === answerKey || !sameFamily(shape, answer, written.value)) continue;
    // "/etc/kubernetes/manifests/etcd.yaml" under the answer "/etc/kubernetes/manifests/" is no wrong answer.
    if (written.value.startsWith(answer) || answer.startsWith(written.value)) continue;
    // A directory among files (or a file among directories) stands out.
    if (shape === 'path' && isDirectory(written.value) !== isDirectory(answer)) continue;
    const here = written.file === fact.source.file;
    // A joined-up identifier has no family mark: only one written in the same notes is a sibling.
    if (!here && shape === 'camel') continue;
    candidates.push({ text: written.value, tier: here ? 0 : 1 });
  }
  return candidates;
}


/**
 * Code names: statements, options and functions written in capitals as the notes' own entries
 * ("GETDATE()", "INSERT SELECT", "SCHEMABINDING", "DENSE_RANK"). A name is one when it reads as code
 * by itself (written as a call, an underscore, or two words of four letters or more), or when it is
 * one word ("RANK", "LAG") and stands in a section beside one that does. One word in capitals alone
 * ("WAF", "KMS", "AURORA") is an acronym or a shouted product name: never read as code.
 */
function readsAsCode(name: string, called: ReadonlySet<string>): boolean | 'short' {
  if (shapeOf(name) !== 'caps') return false;
  if (called.has(name)) return true;
  const words = name.split(' ');
  if (words.length > 1) return words.every((word) => word.length >= 4);
  return name.includes('_') || 'short';
}

interface CodeEntry {
  name: string;
  /** The headings above the entry: those of its item, or the parents of a heading. */
  place: readonly string[];
}

/** A name written as an entry ("GETDATE()", "`RANK()`", "CAST(x AS y) - …"): the name and whether it is a call. */
function entryName(text: string): { name: string; call: boolean } | undefined {
  const match = /^`?([A-Z][A-Z0-9_]*(?: [A-Z][A-Z0-9_]*){0,2})`?(\s*\()?/.exec(text.trim());
  if (!match) return undefined;
  const rest = text.trim().slice(match[0].length);
  // "SWITCHOFFSET(x) - adjusts …", "GETDATE()", "INSERT VALUES": the name ends the entry or a call or dash follows.
  if (!match[2] && rest !== '' && !/^\s*(?:[-–—:]\s|$)/.test(rest)) return undefined;
  return { name: match[1]!, call: match[2] !== undefined };
}

/** The entries of one item: what it names (term, members, a fact's leading name, a row), not names in its prose. */
function entriesOf(item: Item): string[] {
  switch (item.kind) {
    case 'definition':
      return [item.term];
    case 'list':
      return item.members;
    case 'fact':
      return [item.text];
    case 'comparison':
      return [item.row];
    case 'command':
      return [item.name];
    default:
      return [];
  }
}

const placeOf = (file: string, place: readonly string[]): string => `${file}\u0000${place.join('\u0001')}`;

/** Every code name each file writes as an entry or a heading, in notes order, and the defined names. */
const codeNamesOf = perContext((context) => {
  const raw = new Map<string, CodeEntry[]>();
  const called = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const add = (file: string, name: string, place: readonly string[], call: boolean): void => {
    if (call) (called.get(file) ?? called.set(file, new Set()).get(file)!).add(name);
    const key = `${placeOf(file, place)}\u0000${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    (raw.get(file) ?? raw.set(file, []).get(file)!).push({ name, place });
  };
  for (const item of context.items) {
    const { file, section } = item.source;
    for (const text of entriesOf(item)) {
      const found = entryName(text);
      if (found) add(file, found.name, section, found.call);
    }
    section.forEach((heading, depth) => {
      const found = entryName(heading);
      if (found) add(file, found.name, section.slice(0, depth), found.call);
    });
  }
  // The places where a name reads as code by itself: a short name there is code too.
  const codePlaces = new Set<string>();
  for (const [file, entries] of raw) {
    const calls = called.get(file) ?? new Set<string>();
    for (const entry of entries) if (readsAsCode(entry.name, calls) === true) codePlaces.add(placeOf(file, entry.place));
  }
  const isCode = (file: string, name: string, place: readonly string[]): boolean => {
    const reads = readsAsCode(name, called.get(file) ?? new Set());
    return reads === true || (reads === 'short' && codePlaces.has(placeOf(file, place)));
  };
  const byFile = new Map<string, CodeEntry[]>();
  for (const [file, entries] of raw) byFile.set(file, entries.filter((entry) => isCode(file, entry.name, entry.place)));
  const defined = new Set(context.definitions.flatMap((item) => [item.term, ...item.aliases].map(comparisonKey)));
  return { byFile, isCode, defined };
});

/** True when a defined term is a code name by how its own file writes it (see readsAsCode). */
export function isCodeName(item: DefinitionItem, context: GenerationContext): boolean {
  const known = codeNameItems(context);
  let code = known.get(item);
  if (code === undefined) {
    code = codeNamesOf(context).isCode(item.source.file, item.term.trim(), item.source.section);
    known.set(item, code);
  }
  return code;
}

// Siblings are weighed pairwise: each item's answer is kept for the run.
const codeNameItems = perContext(() => new WeakMap<DefinitionItem, boolean>());

/**
 * Wrong choices for a defined code name ("GETDATE", "INSERT SELECT"): the other code names the same
 * notes file writes as entries or headings (SQL functions among SQL functions, statements among
 * statements), its own section and its sibling headings first (tier 10), then its top section (11),
 * then the file (12). Only names the notes do not define: a defined one is judged by its definition
 * in the sibling pools (where a second right answer is refused). `ownSectionOnly` for a term asked in
 * its heading's context: only the names written beside it there.
 */
export function codeNamesBeside(item: DefinitionItem, context: GenerationContext, ownSectionOnly = false): Candidate[] {
  if (!isCodeName(item, context)) return [];
  const { byFile, defined } = codeNamesOf(context);
  const section = item.source.section;
  const here = section.join('\u0001');
  const parent = section.slice(0, -1).join('\u0001');
  const answerKey = comparisonKey(item.term);
  const candidates: Candidate[] = [];
  for (const entry of byFile.get(item.source.file) ?? []) {
    const key = comparisonKey(entry.name);
    if (key === answerKey || defined.has(key)) continue;
    const place = entry.place.join('\u0001');
    const tier = place === here || (section.length > 1 && place === parent) ? 10 : entry.place[0] === section[0] && section.length > 1 ? 11 : 12;
    if (ownSectionOnly && tier > 10) continue;
    candidates.push({ text: entry.name, tier });
  }
  return candidates;
}
