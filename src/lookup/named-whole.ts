import type { Item } from '../knowledge/item.js';
import { describe } from './index-documents.js';
import { tokenize } from './normalize-text.js';

// Name terms per item, computed once (every /define asks again).
const NAME_TERMS = new WeakMap<Item, readonly string[]>();

function nameTermsOf(item: Item): readonly string[] {
  let terms = NAME_TERMS.get(item);
  if (!terms) {
    terms = tokenize(describe(item).name);
    NAME_TERMS.set(item, terms);
  }
  return terms;
}

// The query is the name: no word of the name missing, no word of the query left over.
function sameWords(terms: readonly string[], asked: ReadonlySet<string>): boolean {
  return terms.length > 0 && terms.every((term) => asked.has(term)) && [...asked].every((term) => terms.includes(term));
}

const SECTION_TERMS = new WeakMap<Item, readonly string[]>();

/**
 * Whether the item sits in the query's own section: the nearest heading above it is, word for word,
 * what was asked ("AWS Snowcone" for "/define snowcone"). A term's own section beats a mention elsewhere.
 */
export function inOwnSection(item: Item, asked: ReadonlySet<string>): boolean {
  let terms = SECTION_TERMS.get(item);
  if (!terms) {
    terms = tokenize(item.source.section.at(-1) ?? '');
    SECTION_TERMS.set(item, terms);
  }
  return sameWords(terms, asked);
}

/**
 * Whether the query (its terms as the notes spell them) is a definition's name or one of its other
 * names, word for word: "/define EFS" names EFS, not "EFS Infrequent Access".
 */
export function namedWhole(item: Item, asked: ReadonlySet<string>): boolean {
  // Only a definition names a term; a fact's "name" is its subject, shared by all its siblings, unless
  // the fact is a glossary line of its own: "efficient market: a market in which …" names its key.
  if (item.kind === 'fact') return glossaryKeyOf(item).length > 0 && sameWords(glossaryKeyOf(item), asked);
  if (item.kind !== 'definition') return false;
  const whole = (terms: readonly string[]): boolean => sameWords(terms, asked);
  if (whole(nameTermsOf(item))) return true;
  return item.aliases.some((alias) => whole(tokenize(alias)));
}

const LEAD_TERMS = new WeakMap<Item, readonly string[]>();

/**
 * Whether what the item says opens with a word of the query: "An initiative is a group of policies"
 * for "/define initiative", the shape of a definition of that very term, not a mention of it.
 */
export function opensWithAsked(item: Item, asked: ReadonlySet<string>): boolean {
  return leadTermsOf(item).some((term) => asked.has(term));
}

/** The terms of the first four words of what the item says: where an English sentence names its subject. */
export function leadTermsOf(item: Item): readonly string[] {
  let lead = LEAD_TERMS.get(item);
  if (!lead) {
    lead = tokenize(describe(item).body.split(/\s+/u).slice(0, 4).join(' '));
    LEAD_TERMS.set(item, lead);
  }
  return lead;
}

const FIRST_TERMS = new WeakMap<Item, readonly string[]>();

/** Whether what the item says starts with a word of the query (after an article): "MBR based partitions …". */
export function startsWithAsked(item: Item, asked: ReadonlySet<string>): boolean {
  let first = FIRST_TERMS.get(item);
  if (!first) {
    const words = describe(item).body.trim().split(/\s+/u);
    first = tokenize(/^(?:an?|the)$/iu.test(words[0] ?? '') ? (words[1] ?? '') : (words[0] ?? ''));
    FIRST_TERMS.set(item, first);
  }
  return first.some((term) => asked.has(term));
}

const GLOSSARY_KEYS = new WeakMap<Item, readonly string[]>();

/**
 * The terms of a fact's key when the fact is written as a glossary line, `key: what it is`, a short
 * key and a few words of prose after it ("**margin call**: the account falls below …", not
 * "Pod: v1"); none for any other fact.
 */
function glossaryKeyOf(item: Item & { kind: 'fact' }): readonly string[] {
  let key = GLOSSARY_KEYS.get(item);
  if (!key) {
    const line = GLOSSARY_LINE.exec(item.text);
    key = line && tokenize(line[2] ?? '').length >= 3 ? tokenize(line[1] ?? '') : [];
    GLOSSARY_KEYS.set(item, key);
  }
  return key;
}

// Up to six words, a colon, then what is said of them.
const GLOSSARY_LINE = /^((?:[^\s:]+\s+){0,5}[^\s:]+):\s+(\S.*)$/su;
