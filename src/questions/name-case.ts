import { nameIndexOf } from './name-index.js';

/**
 * Lower-casing note fragments for use inside a sentence while keeping names and acronyms as written.
 * `names` is matched through its NameIndex, built once per set: pass the same set each time.
 */

/** Lower-cases the first word unless the text starts with a name or an acronym ("Lambda", "S3", "DynamoDB"). */
export function lowerFirstWord(text: string, names: ReadonlySet<string> = new Set()): string {
  const first = text.split(/\s/, 1)[0] ?? '';
  if (/^(a|an|the)$/i.test(first)) return text.charAt(0).toLowerCase() + text.slice(1);
  if (names.size > 0 && nameIndexOf(names).startsWithName(text)) return text;
  if (/^[A-Z0-9][A-Z0-9]+\b/.test(first) || /[a-z][A-Z]/.test(first) || /\d/.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Lower-cases every word that is not part of a name or an acronym: "Global Services" → "global services". */
export function lowerWords(text: string, names: ReadonlySet<string> = new Set()): string {
  const kept = new Set(nameIndexOf(names).namesIn(text).flatMap((name) => name.split(/\s+/)));
  return text
    .split(/\s+/)
    .map((word) => {
      const bare = word.replace(/^[("“]+|[)"”,:;]+$/g, '');
      const acronym = bare.split(/[-/]/).some((part) => /^[A-Z]{2,}|[a-z][A-Z]|\d|@/.test(part));
      return acronym || kept.has(bare) ? word : word.toLowerCase();
    })
    .join(' ');
}
