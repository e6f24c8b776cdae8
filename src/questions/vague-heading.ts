/**
 * The one list of words that make a heading or label name no thing: a remark ("Why …", "A few of
 * them"), a genre of note ("Overview", "Summary", "Exam tips", "Cheat sheet") or a numbered part
 * ("Chapter 13.2", "Section 4"). Such a heading is never the subject a question asks about, nor the
 * kind its choices share. A notes folder adds its own facets through its lexicon (`facets`).
 */
const vagueWords =
  /\b(why|how|what|when|glance|overview|summary|basics|intro|introduction|misc|miscellaneous|notes?|examples?|sample|few|them|it|comparison|cheat ?sheet|tips?|exam|important|key points|recap|review|questions?|answers?|todo|random facts|quick reference|reference|tables?|mappings?|cheat ?sheets?|at a glance|bonus|warning|caution|hints?|reminders?|gotchas?|recall|remember)\b/i;
const numbered = /^\s*(\d+(\.\d+)*\.?|[IVX]+\.)\s|^\s*(chapter|section|part|lesson|module|unit|week|day)\s+\d/i;

/** A label that is nothing but one of those words ("BONUS", "Exam tips", "Note"): never a term. */
const labelOnly = new RegExp(`^(?:${vagueWords.source.replace(/^\\b/, '').replace(/\\b$/, '')})(?:\\s+(?:${vagueWords.source.replace(/^\\b/, '').replace(/\\b$/, '')}))?:?$`, 'i');

export function isLabelOnly(term: string): boolean {
  return labelOnly.test(term.trim());
}

export function isVagueHeading(heading: string, facets: readonly string[] = []): boolean {
  const text = heading.trim();
  if (text === '' || vagueWords.test(text) || numbered.test(text)) return true;
  const key = text.toLowerCase();
  return facets.some((facet) => facet.toLowerCase() === key);
}

/**
 * A table column header that says nothing of what its cells are: a vague heading, a bare "Value",
 * "Details", "Result" (the cell is a value of what?), or a header with no word ("1Gbps", "10 ha": a
 * quantity heading a column of others). Such a column cannot be named in a stem.
 */
export function isVagueColumn(column: string, facets: readonly string[] = []): boolean {
  return isVagueHeading(column, facets) || !/^\p{L}/u.test(column.trim()) || !/\p{L}{3}/u.test(column) || /^(values?|details?|info(rmation)?|data|results?|output|other|misc|extra|comments?|remarks?)$/i.test(column.trim());
}
