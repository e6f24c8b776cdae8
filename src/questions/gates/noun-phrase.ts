/**
 * Gate "the attribute asked about reads as a thing" for "What is the <attribute> for <subject>?": an
 * item writer asks for "the visibility timeout", never for "the customizable. the default setting" or
 * "the typically made available within". Without a parser of English, these are the tell-tale signs
 * of a clause or a fragment cut from a sentence: note punctuation, a verb's auxiliary, an adverb, a
 * leading or trailing function word, or too many words. Returns the reason, or undefined.
 */
export function attributeProblem(attribute: string): string | undefined {
  const text = attribute.trim();
  if (/[^\p{L}\p{N}\s/'’&+-]/u.test(text)) return 'attribute holds note punctuation';
  const words = text.split(/\s+/);
  if (words.length > 6) return 'attribute is a clause, not a name';
  if (/^(the|a|an|of|for|in|to|at|and|or|with|from|by|during|within|after|before|than|if|when)$/i.test(words[0]!)) return 'attribute is a fragment of a sentence';
  if (/^(the|a|an|of|for|in|to|at|and|or|with|from|by|during|within|after|before|than|if|when|last|each|every|per)$/i.test(words.at(-1)!)) return 'attribute is a fragment of a sentence';
  if (words.some((word) => /^(is|are|was|were|will|would|can|could|must|should|may|might|be|been|being|has|have|had|do|does|did|get|gets|got)$/i.test(word))) return 'attribute is a clause, not a name';
  if (words.some((word) => /^\p{L}{4,}(ally|ously|ively|ately|ntly|ly)$/iu.test(word) && !/^(only|family|supply|assembly|monthly|weekly|daily|hourly|yearly|early)$/i.test(word))) return 'attribute is a clause, not a name';
  return undefined;
}
