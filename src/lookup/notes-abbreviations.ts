import type { Item } from '../knowledge/item.js';
import type { Lexicon } from '../knowledge/lexicon.js';

/**
 * Abbreviations the notes define themselves, learnt when the desk is built, so "sqs message size"
 * finds what the notes file under "Simple Queue Service" and "rds failover" what they say of
 * "Relational Database Service (RDS)". Read from a definition's other names ("Simple Queue Service",
 * aliases: SQS) and from the three shapes notes write them in: `Long Name (ABBR)`, `ABBR (Long Name)`
 * and a heading `ABBR - Long Name`. A pair counts only when the abbreviation spells the long name's
 * initials ("Key Management Service" → KMS; "cost of goods sold" → COGS), so no list is kept by hand.
 */

// Small words an abbreviation may or may not spell ("cost of goods sold" is COGS, "Bill of Materials" BOM).
const SMALL = /^(?:of|and|the|for|to|a|an|in|on|&)$/iu;
const ABBREVIATION = /^[A-Z][A-Za-z0-9]*[A-Z0-9]$/u;

// Two-letter abbreviations that are also plain English words: "NO" (nitric oxide) must not eat "no".
const ENGLISH = /^(?:no|it|is|us|or|as|at|am|be|do|go|me|my|we|he|up|so|on|in|an|to|of|by|if)$/iu;

/** Whether `short` spells the initials of `long`'s words, with or without its small words. */
function spellsInitials(short: string, long: string): boolean {
  if (!ABBREVIATION.test(short) || short.length > 8 || ENGLISH.test(short)) return false;
  const words = long.split(/[\s-]+/u).filter((word) => /^\p{L}/u.test(word));
  if (words.length < 2 || words.length > 8) return false;
  const letters = short.replace(/[^A-Za-z]/gu, '').toLowerCase();
  const initials = (list: readonly string[]): string => list.map((word) => word[0]!.toLowerCase()).join('');
  return initials(words) === letters || initials(words.filter((word) => !SMALL.test(word))) === letters;
}

// "Relational Database Service (RDS)": up to eight words, then the abbreviation in brackets.
const LONG_THEN_SHORT = /((?:[\p{L}][\p{L}'-]*\s+){1,7}[\p{L}][\p{L}'-]*)\s*\(([A-Z][A-Za-z0-9]{1,7})\)/gu;
// "RDS (Relational Database Service)".
const SHORT_THEN_LONG = /\b([A-Z][A-Za-z0-9]{1,7})\s*\(([\p{L}][\p{L}\s'-]{3,80}?)\)/gu;
// A heading "LRS - Locally redundant storage".
const HEADING_PAIR = /^([A-Z][A-Za-z0-9]{1,7})\s+[-–—:]\s+([\p{L}][\p{L}\s'-]{3,80})$/u;

/** The pairs one text states: each long name cut to the words the abbreviation spells. */
function pairsIn(text: string, found: Map<string, string>): void {
  if (!text.includes('(')) return;
  for (const match of text.matchAll(LONG_THEN_SHORT)) {
    const short = match[2]!;
    const words = match[1]!.trim().split(/\s+/u);
    // The long name is the last words before the bracket: as many as make the initials.
    for (let take = 2; take <= words.length; take += 1) {
      const long = words.slice(-take).join(' ');
      if (spellsInitials(short, long)) {
        add(found, short, long);
        break;
      }
    }
  }
  for (const match of text.matchAll(SHORT_THEN_LONG)) {
    if (spellsInitials(match[1]!, match[2]!.trim())) add(found, match[1]!, match[2]!.trim());
  }
}

function add(found: Map<string, string>, short: string, written: string): void {
  // "to Infrastructure-as-Code (IaC)": the small words before the name are not part of it.
  const long = written.replace(/^(?:(?:of|and|the|for|to|a|an|in|on)\s+)+/iu, '');
  // The first long name the notes give wins: a later one is usually a mention, not the definition.
  if (!found.has(short)) found.set(short, long);
}

/** The notes' own abbreviations: each abbreviation with the long name it stands for. */
export function notesAbbreviations(items: readonly Item[]): Array<{ short: string; long: string }> {
  const found = new Map<string, string>();
  const headings = new Set<string>();
  for (const item of items) {
    if (item.kind === 'definition') {
      for (const alias of item.aliases) {
        if (spellsInitials(alias, item.term)) add(found, alias, item.term);
        else if (spellsInitials(item.term, alias)) add(found, item.term, alias);
      }
    }
    for (const heading of item.source.section) headings.add(heading);
    pairsIn(
      item.kind === 'definition' ? `${item.term} ${item.definition}` : item.kind === 'fact' ? item.text : '',
      found,
    );
  }
  for (const heading of headings) {
    const pair = HEADING_PAIR.exec(heading.trim());
    if (pair && spellsInitials(pair[1]!, pair[2]!.trim())) add(found, pair[1]!, pair[2]!.trim());
    pairsIn(heading, found);
  }
  return [...found].map(([short, long]) => ({ short, long }));
}

/**
 * The lexicon with the notes' own abbreviations added, notes side only (as `broader` words are): an
 * item that writes the long name is indexed under the abbreviation too. Queries keep the words people
 * typed, so "/define Local Secondary Index" still names that definition, not the one headed "LSI".
 */
export function withNotesAbbreviations(
  lexicon: Lexicon,
  learnt: ReadonlyArray<{ short: string; long: string }>,
): Lexicon {
  if (learnt.length === 0) return lexicon;
  // One way only: the long name's words ("data", "language") added wherever "DML" is written would make
  // every such item look about data.
  const groups = learnt.map(({ short, long }) => ({ canonical: short, variants: [long] }));
  return { ...lexicon, broader: [...lexicon.broader, ...groups] };
}
