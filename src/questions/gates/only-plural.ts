import { isPlural, isShortName } from './choices-alike.js';

/**
 * The answer is the one plural choice, and the stem's description reads in the plural: "Rules that
 * govern a guild's conduct" keyed to "bylaws" among "charter", "guild seal" and "oath" (review
 * "giveaway": the only choice that fits the stem's grammar). A plural answer among singulars alone
 * gives nothing away when the description is singular ("The span of cold weather a tree needs" →
 * "chill hours") or has no head noun ("Manages accounts across regions" → "Organizations").
 */
export function onlyPlural(stem: string, answer: string, distractors: readonly string[]): string | undefined {
  if (distractors.length < 2 || ![answer, ...distractors].every((choice) => isShortName(choice, 3))) return undefined;
  if (!isPlural(answer) || distractors.some(isPlural) || !readsPlural(describedText(stem))) return undefined;
  return 'the answer is the only plural choice, as the description reads';
}

/** What a "which of these is described as …?" stem describes: its quotation, else what follows "which … is". */
function describedText(stem: string): string {
  const quoted = /“([^”]+)”/.exec(stem)?.[1];
  if (quoted) return quoted;
  return stem.replace(/^(?:in [^,]+,\s*)?which\s+.*?\b(?:is|are)\s+/i, '').replace(/\?$/, '');
}

/**
 * True when a description's subject is plural: its head noun, the last word before the first word
 * that opens a modifier ("units" of "Single units of frame data"), is a plural; or a plural verb
 * follows its opening adjectives ("Costly and do constrain …").
 */
function readsPlural(text: string): boolean {
  if (/^\p{L}+\s+(?:and\s+)?(?:are|do|have|were)\b/iu.test(text)) return true;
  const words = text.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
  const stop = words.findIndex((word, index) => index > 0 && /^(?:that|which|who|whose|of|on|for|in|to|with|by|from|at|used|when|where|is|are|do|does|can|will|must)$/i.test(word.replace(/[,.;:]$/, '')));
  const head = words.slice(0, stop === -1 ? Math.min(words.length, 2) : stop);
  const last = head.at(-1)?.replace(/[,.;:()]+$/, '');
  return head.length > 0 && head.length <= 2 && last !== undefined && !/[,;:]$/.test(head.slice(0, -1).join(' ')) && isPlural(last);
}
