/**
 * "Which of these is described as “Catalysed by sulfotransferase”?" over Sulfation, Acetylation,
 * Methylation: a stem word opens with the first four letters of the answer's first word and no wrong
 * choice has a word that opens so: the answer is found by its spelling. Words of five letters or fewer
 * are left alone ("Data", "Pods"): their openings are too common to tell.
 */
export function rootInStem(stem: string, answer: string, distractors: readonly string[]): boolean {
  const first = (answer.toLowerCase().match(/\p{L}+/u) ?? [''])[0];
  if (first.length < 6) return false;
  const root = first.slice(0, 4);
  const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const opens = (text: string): boolean => wordsOf(text).some((word) => word.startsWith(root));
  return opens(stem) && !distractors.some(opens);
}
