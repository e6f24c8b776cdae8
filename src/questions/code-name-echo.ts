// A code name is made of words ("GETUTCDATE", "INSERT SELECT", "RANK"): a stem or topic saying "UTC",
// "insert" or "ranking" may point at the one choice whose name holds it.

/**
 * A word of the stem inside the answer's name is a clue only when it points at the answer alone: when
 * a wrong choice holds each such word too and as many of them ("insert" in INSERT SELECT and INSERT
 * EXEC, "length" in LEN and DATALENGTH), the reader must know the fact to choose.
 */
export function echoGivesAway(answer: string, distractors: readonly string[], texts: readonly string[]): boolean {
  const words = wordsOf(texts);
  const echoed = words.filter((word) => echoesCodeName(answer, [word]));
  if (echoed.length === 0) return false;
  // "null" opening NULLIF, "datetime" closing SYSDATETIME: the stem's word reads as the name's own
  // start or end, and only the same name part in a wrong choice would hide it.
  const parts = answer.toLowerCase().split(/[^a-z0-9]+/);
  if (echoed.some((word) => word.length >= 4 && parts.some((part) => part !== word && (part.startsWith(word) || part.endsWith(word))))) return true;
  const counts = distractors.map((name) => echoed.filter((word) => echoesCodeName(name, [word])).length);
  const shared = echoed.every((word) => distractors.some((name) => echoesCodeName(name, [word])));
  return !shared || Math.max(...counts) < echoed.length;
}

/** The distinct words of three letters or more of `texts`, a plural's "s" dropped ("lengths" says "length"). */
const wordsOf = (texts: readonly string[]): string[] => [
  ...new Set(texts.flatMap((text) => text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []).map((word) => word.replace(/(?<=...)s$/, ''))),
];

/** The skip reason of a code name whose own words the stem or topic says. */
export const codeNameEchoed = 'a word of the stem stands inside the code name';

/** True when a word of three letters or more of one of `texts` stands inside `name` ("date" in "GETDATE"). */
function echoesCodeName(name: string, texts: readonly string[]): boolean {
  const letters = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const parts = name.toLowerCase().split(/[^a-z0-9]+/).filter((part) => part.length >= 3);
  const words = wordsOf(texts);
  // "date" inside "GETDATE"; "ranking" holding "RANK".
  return words.some((word) => letters.includes(word) || parts.some((part) => word.includes(part)));
}
