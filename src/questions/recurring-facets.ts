import type { Item } from '../knowledge/item.js';

/** A heading counts as recurring in this many files at least… */
const MIN_FILES = 4;
/** …and in at least this share of the files whose items sit under a heading. */
const MIN_SHARE = 0.2;

/**
 * Headings that recur across a notes folder name a facet, not a subject (issue 10: statistics over
 * the whole folder, not a word list): "API" and "Limits" under each service's note, "Side effects"
 * under each drug's, "Exam tips" closing each chapter. A heading recurs when it stands in at least 4
 * files and in a fifth of the files with headings (three notes sharing a "Global services" list share
 * a category). A note's title (its file's own name) never counts, nor a name the lexicon lists
 * (`names`). The facets come back in lower case, in the order first seen.
 */
export function recurringFacets(items: readonly Item[], names: readonly string[] = []): string[] {
  const known = new Set(names.map((name) => name.toLowerCase()));
  const filesOf = new Map<string, Set<string>>();
  const withHeadings = new Set<string>();
  const titles = new Map<string, string>();
  for (const item of items) {
    const section = item.source.section;
    if (section.length === 0) continue;
    withHeadings.add(item.source.file);
    let ownName = titles.get(item.source.file);
    if (ownName === undefined) titles.set(item.source.file, (ownName = fileWords(item.source.file)));
    for (const heading of section) {
      const key = heading.trim().toLowerCase();
      if (key === '' || key === ownName) continue;
      let files = filesOf.get(key);
      if (!files) filesOf.set(key, (files = new Set()));
      files.add(item.source.file);
    }
  }
  const needed = Math.max(MIN_FILES, Math.ceil(withHeadings.size * MIN_SHARE));
  return [...filesOf].filter(([heading, files]) => files.size >= needed && !known.has(heading)).map(([heading]) => heading);
}

/** "notes/gear-pump.md" → "gear pump": a file's name as the words of a title. */
function fileWords(file: string): string {
  return file
    .replace(/^.*\//, '')
    .replace(/\.[^.]+$/, '')
    .replace(/[-_\s]+/g, ' ')
    .trim()
    .toLowerCase();
}
