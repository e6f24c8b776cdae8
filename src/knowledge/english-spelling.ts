import nspell from 'nspell';
import dictionary from 'dictionary-en';

/**
 * The English dictionary (Hunspell's en_US, through nspell), loaded once, on first use: only question
 * text is checked against it, never every note line.
 */
let speller: ReturnType<typeof nspell> | undefined;
const dictionaryHas = (word: string): boolean =>
  (speller ??= nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic))).correct(word);

/** Whether `word` is an English word: the dictionary knows it as written, or in lower case. */
export function isEnglishWord(word: string): boolean {
  return dictionaryHas(word) || dictionaryHas(word.toLowerCase());
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The lower-case dictionary words one edit away from `word`: a letter dropped, added or changed, or two
 * neighbours swapped ("occurence": occurrence; "revord": record, reword).
 */
export function correctionsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const found = new Set<string>();
  for (const candidate of oneEditAway(lower)) if (candidate !== lower && dictionaryHas(candidate)) found.add(candidate);
  return [...found];
}

function* oneEditAway(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i += 1) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) yield head + tail.slice(1);
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2);
    for (const letter of letters) {
      if (tail && letter !== tail[0]) yield head + letter + tail.slice(1);
      yield head + letter + tail;
    }
  }
}
