import type { DefinitionItem } from '../knowledge/item.js';
import { PLACEHOLDER_HEADERS } from '../knowledge/english-words.js';
import { lowerWords } from './name-case.js';
import { singularOf, tidy } from './text-tools.js';
import { isVagueColumn, isVagueHeading } from './vague-heading.js';

/**
 * The kind a table gives the terms of its rows: `| Component | Purpose |` under "Implementing Azure
 * File Sync" says each row is an Azure File Sync component, so a stem about one says "Which Azure File
 * Sync component …" where "Which of these …" names no subject (r9 review: a table's row label asked
 * without its table's thing). The thing is the name the heading is about ("Basics of Azure storage" →
 * Azure storage, "Access control (ACL) concepts"
 * under `| Concept |` → ACL), or the heading's own words when it names the kind ("PVC Lifecycle
 * States" over `| State |` → PVC lifecycle state). Undefined when the header names no kind ("Name",
 * "Term", "Value", a vague header) or the heading names no thing: the heading's own reading stands.
 */
export function tableKind(item: DefinitionItem, names: ReadonlySet<string>): string | undefined {
  const header = tidy((item.category ?? '').replace(/[*_`]/g, ''));
  const words = header.split(/\s+/);
  if (header === '' || words.length > 3 || !/^\p{L}[\p{L} -]*$/u.test(header) || isVagueColumn(header) || PLACEHOLDER_HEADERS.test(header)) return undefined;
  const kind = lowerWords([...words.slice(0, -1), singularOf(words.at(-1)!)].join(' '), names);
  // "Which UTP category …": a header naming its own thing needs no other.
  if (kind !== kind.toLowerCase()) return kind;
  const thing = headingThing(item.source.section.at(-1) ?? '', kind, names);
  // "Which Azure File Sync component …" over File Sync Agent: a word of the thing in the term points at it.
  const termWords = new Set(item.term.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  if (thing === undefined || thing.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => termWords.has(word))) return undefined;
  return `${thing} ${kind}`;
}

/** Leading words that only say how the heading treats its thing: "Basics of", "Implementing", "Key". */
const TREATMENT = /^(?:(?:\p{L}+ing|basics|introduction|intro|overview|summary|fundamentals)(?:\s+(?:of|to|on|for))?|key|main|common|most\s+common|important|other|more|some)\s+/iu;

/**
 * The name a heading is about, for a table of `kind`s under it: the heading less a trailing plural of the kind ("PVC Lifecycle
 * States", lower-cased as a kind phrase but for its names) and less a leading treatment
 * ("Implementing …"), an acronym in brackets preferred to its spelt-out words. Undefined unless that
 * leaves a capitalised phrase of four words at most, no plural inside, no article or number.
 */
function headingThing(heading: string, kind: string, names: ReadonlySet<string>): string | undefined {
  const acronym = /\(([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\)/.exec(heading)?.[1];
  const bare = tidy(heading.replace(/\s*\([^)]*\)/g, ''));
  const kindWord = kind.split(/\s+/).at(-1)!;
  const parts = bare.split(/\s+/);
  const at = parts.findIndex((word) => singularOf(word.toLowerCase()) === kindWord && word.toLowerCase() !== kindWord);
  let text: string;
  if (at >= 0 && at === parts.length - 1) {
    if (acronym) return acronym;
    text = lowerWords(parts.slice(0, -1).join(' ').replace(TREATMENT, ''), names);
  } else text = bare.replace(TREATMENT, '');
  const words = text.split(/\s+/);
  if (text === '' || words.length > 4 || isVagueHeading(text) || /[:?!&,–—]/.test(text)) return undefined;
  if (at !== parts.length - 1 && !/^\p{Lu}/u.test(text)) return undefined;
  // "Storage security strategies", "The 4 required fields": a phrase of common nouns, not a thing's name.
  const common = (word: string): boolean => /^\p{Ll}+[^su]s$/u.test(word) || /^(the|a|an|\d+)$/i.test(word) || /^\p{Lu}\p{Ll}+ies$/u.test(word);
  if (words.some((word) => common(word) || /^(of|to|for|in|on|with|by|from|and|or|vs)$/i.test(word))) return undefined;
  return text;
}
