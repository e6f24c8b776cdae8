import { hasOtherScript } from '../../knowledge/english-part.js';

/**
 * Gate for notes in two languages (English terms with, say, Chinese explanations): a stem written from
 * an English template must not carry text in another script, or it reads garbled. Such an item is
 * skipped with this reason rather than asked half in one language.
 */
export function mixesScripts(stem: string, choices: readonly string[]): string | undefined {
  if (hasOtherScript(stem)) return 'the stem would mix English with another language';
  const foreign = choices.filter((choice) => hasOtherScript(choice)).length;
  // All choices in the notes' own language read fine; some in one language and some in another do not.
  if (foreign > 0 && foreign < choices.length) return 'the choices mix English with another language';
  return undefined;
}
