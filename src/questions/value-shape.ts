/**
 * The written shape of a value that is a name rather than a number: a file path
 * ("/etc/kubernetes/manifests/"), a word in capitals ("SIGTERM", "READ COMMITTED"), a joined-up
 * identifier ("ClusterIP", "NoExecute") or a command-line flag ("--dry-run"). Values of one shape
 * that share a family mark (first path segment, a word or a prefix) are siblings: plausible wrong
 * answers for one another. A plain lower-case word has no shape: it could be anything, so it is
 * never read as a value.
 */
export type ValueShape = 'path' | 'caps' | 'camel' | 'flag';

const shapes: ReadonlyArray<[ValueShape, string]> = [
  ['path', String.raw`/(?:[\w.-]+/?)+`],
  ['flag', String.raw`--?[a-z][\w-]+`],
  // Words of two letters or more, three letters in all: "SIGTERM", "AT LEAST ONCE", never "A".
  ['caps', String.raw`(?=[A-Z0-9_ ]{3})[A-Z][A-Z0-9_]+(?: [A-Z][A-Z0-9_]+){0,2}`],
  ['camel', String.raw`(?:[A-Z][a-z]+|[a-z]{2,})(?:[A-Z][a-z0-9]*)+`],
];

// A value ends the text, or a parenthesis, a clause mark or a dash follows it: "SIGTERM (15) and …".
const end = String.raw`(?=$|\s*[(.,;:!?]|\s+[—–-]\s|\s+(?:and|or|but|which|so|unless|if|when|for|on|in)\b)`;

const leading = shapes.map(([shape, pattern]) => [shape, new RegExp(`^(?:${pattern})${end}`)] as const);
const anywhere = shapes.map(([shape, pattern]) => [shape, new RegExp(String.raw`(?<![\w/.-])(?:${pattern})(?![\w/-])`, 'g')] as const);

/** The value a text starts with, and its shape; undefined when it starts with no shaped value. */
export function leadingValue(text: string): { value: string; shape: ValueShape } | undefined {
  for (const [shape, pattern] of leading) {
    const match = pattern.exec(text);
    if (match) return { value: match[0].trim(), shape };
  }
  return undefined;
}

const leadingNames = shapes.map(([shape, pattern]) => [shape, new RegExp(`^(?:${pattern})(?=\\s|$)`)] as const);

/** The shaped name a text starts with when a space or the end follows it ("NoExecute is …"); else undefined. */
export function leadingName(text: string): string | undefined {
  for (const [, pattern] of leadingNames) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return undefined;
}

/** Every shaped value written in a text, in order, each with its shape. */
export function valuesIn(text: string): Array<{ value: string; shape: ValueShape }> {
  const found: Array<{ value: string; shape: ValueShape; at: number }> = [];
  const taken: Array<[number, number]> = [];
  for (const [shape, pattern] of anywhere) {
    for (const match of text.matchAll(pattern)) {
      const from = match.index;
      const to = from + match[0].length;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      taken.push([from, to]);
      found.push({ value: match[0], shape, at: from });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ value, shape }) => ({ value, shape }));
}

/**
 * True when two values of one shape are of one family: directories, files under the same first directory, capitals
 * sharing a word (READ COMMITTED, REPEATABLE READ) or, one word each, their first three letters (SIGTERM, SIGKILL), flags sharing their first word.
 * Joined-up identifiers have no family mark of their own: the caller requires the same notes file.
 */
export function sameFamily(shape: ValueShape, a: string, b: string): boolean {
  // Any two directories are alike ("/var/lib/etcd", "/etc/kubernetes/manifests/"); files share a first directory.
  if (shape === 'path') return (isDirectory(a) && isDirectory(b)) || firstSegment(a) === firstSegment(b);
  if (shape === 'flag') return firstWord(a) === firstWord(b);
  if (shape === 'caps') {
    const words = new Set(a.split(' '));
    if (words.size > 1) return b.split(' ').some((word) => words.has(word));
    return !b.includes(' ') && a.slice(0, 3) === b.slice(0, 3) && Math.abs(a.length - b.length) <= 3;
  }
  return true;
}

/** A path that ends in a slash or has no file extension. */
export const isDirectory = (path: string): boolean => path.endsWith('/') || !/\.\w+$/.test(path);

const firstSegment = (path: string): string => path.split('/').filter(Boolean)[0] ?? '';
const firstWord = (flag: string): string => flag.replace(/^-+/, '').split('-')[0] ?? '';
