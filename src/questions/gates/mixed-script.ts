/**
 * Gate for notes in two languages (English terms with, say, Chinese explanations): a stem written from
 * an English template must not carry text in another script, or it reads garbled. Such an item is
 * skipped with this reason rather than asked half in one language.
 */
const otherScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]/u;

export function mixesScripts(stem: string, choices: readonly string[]): string | undefined {
  if (otherScript.test(stem)) return 'the stem would mix English with another language';
  const foreign = choices.filter((choice) => otherScript.test(choice)).length;
  // All choices in the notes' own language read fine; some in one language and some in another do not.
  if (foreign > 0 && foreign < choices.length) return 'the choices mix English with another language';
  return undefined;
}
