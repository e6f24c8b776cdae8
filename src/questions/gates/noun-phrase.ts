/**
 * Gate "the attribute asked about reads as a thing" for "What is the <attribute> for <subject>?": an
 * item writer asks for "the visibility timeout", never for "the customizable. the default setting" or
 * "the typically made available within". Without a parser of English, these are the tell-tale signs
 * of a clause or a fragment cut from a sentence: note punctuation, a verb's auxiliary, an adverb, a
 * leading or trailing function word, or too many words. Returns the reason, or undefined.
 */
/** The reason given for a label that is only a name ("INT", "/tmp"): the thing measured, not its property. */
export const nameOnly = 'attribute is a name, not a property';

export function attributeProblem(attribute: string): string | undefined {
  const text = attribute.trim();
  if (/[^\p{L}\p{N}\s/'’&+-]/u.test(text)) return 'attribute holds note punctuation';
  const words = text.split(/\s+/);
  // "time allowed for recovery before rescheduling pods": a head noun with its prepositional phrases
  // may run to eight words; anything else that long is a clause.
  const modified = words.slice(1, 4).some((word) => preposition.test(word.toLowerCase()));
  if (words.length > (modified ? 8 : 6)) return 'attribute is a clause, not a name';
  if (/^(the|a|an|of|for|in|to|at|and|or|with|from|by|during|within|after|before|than|if|when|between|across|among|under|over|above|below|up|out|into|about|around|through|per|each|every|all|both|using|via|without|including)$/i.test(words[0]!)) return 'attribute is a fragment of a sentence';
  // "uninterruptible power supply UPS": a term with its own acronym is a thing, not a property of one.
  const acronym = words.at(-1)!;
  if (words.length > 2 && /^\p{Lu}{2,}$/u.test(acronym) && words.slice(0, -1).map((word) => word[0]!.toUpperCase()).join('') === acronym) return 'attribute is a term and its acronym, not a property';
  // "the AWS", "the Snowmobile": a name alone is the subject of some fact, not an attribute of one.
  if (!words.some((word) => /^\p{Ll}{3,}/u.test(word))) return nameOnly;
  if (/^(the|a|an|of|for|in|to|at|and|or|with|from|by|during|within|after|before|than|if|when|last|each|every|per)$/i.test(words.at(-1)!)) return 'attribute is a fragment of a sentence';
  if (words.some((word) => /^(is|are|was|were|will|would|can|could|must|should|may|might|be|been|being|has|have|had|do|does|did|get|gets|got)$/i.test(word))) return 'attribute is a clause, not a name';
  if (words.some((word) => /^\p{L}{4,}(ally|ously|ively|ately|ntly|ly)$/iu.test(word) && !/^(only|family|supply|assembly|monthly|weekly|daily|hourly|yearly|early)$/i.test(word))) return 'attribute is a clause, not a name';
  if (verbShaped(words)) return 'attribute is a clause, not a name';
  // "String Limits: … Size limit of 400 KB": a label over several limits names none of them.
  if (words.length <= 3 && /^(?:limits|quotas|restrictions|constraints|limitations)$/i.test(words.at(-1)!)) return 'attribute is a label over several limits, not one';
  // "Archive IDs are 138 bytes long": the adjective after the value says how it is measured, not what.
  if (words.length === 1 && /^(?:long|wide|high|tall|deep|old|big|large|small|short|heavy|thick|away|apart)$/i.test(text)) return 'attribute is an adjective after the value, not a property';
  // "the year", "the billion", "the examples": a unit, a number word or a label is no property of anything.
  if (words.every((word) => unitOrLabel.test(word))) return 'attribute is a unit or a label, not a property';
  return undefined;
}

/**
 * Signs of a verb and its object that need no dictionary (measured against wink-nlp and compromise
 * on a labelled set of attribute phrases: see the README, "Natural-language library"): a pronoun ("your
 * swap space", "lets you store"); an article after a word that is no preposition ("reduces the
 * failover time", "specify a limit": a verb takes an object, a noun does not take "the"); a focusing
 * adverb first ("only supports"); a plural word before another content word ("stores data", "design
 * streams store data"): English compounds put the modifier in the singular ("object size", never
 * "objects size"), so a plural followed by a noun is a verb in the third person or a subject before
 * its verb. "Into" and "onto" follow a verb of motion ("inserts a tag into the frame"), never a
 * property's name, so "tag into the ethernet" is the tail of a clause.
 */
function verbShaped(words: readonly string[]): boolean {
  const lower = words.map((word) => word.toLowerCase());
  if (lower.some((word) => pronoun.test(word) || word === 'into' || word === 'onto')) return true;
  if (focusing.test(lower[0]!)) return true;
  for (let i = 1; i < lower.length; i += 1) {
    if (/^(the|a|an)$/.test(lower[i]!) && !preposition.test(lower[i - 1]!)) return true;
    if (plural.test(lower[i - 1]!) && !notPlural.test(lower[i - 1]!) && !preposition.test(lower[i]!) && !/^(the|a|an)$/.test(lower[i]!) && /^\p{Ll}/u.test(words[i]!)) return true;
  }
  return false;
}

const unitOrLabel = /^(zero|one|two|three|four|five|six|seven|eight|nine|ten|dozen|years?|months?|weeks?|days?|hours?|minutes?|seconds?|past|future|thousands?|millions?|billions?|trillions?|hundreds?|percent|times|bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|bits?|examples?|e\.g\.|note|notes|tips?|range|values?|number|amount|total)$/i;
const pronoun = /^(you|your|yours|it|its|they|them|their|we|our|us|he|she|his|her|i|my|me)$/;
const focusing = /^(only|also|just|always|never|often|still|even|already|simply)$/;
const preposition = /^(of|for|in|to|at|on|by|with|from|per|into|over|under|between|across|during|within|without|before|after|about|around|through|than|via)$/;
const plural = /^\p{Ll}{3,}s$/u;
// Words ending in "s" that are not plurals: "access", "status", "analysis", "bus", "gas", "series".
const notPlural = /(ss|us|is|ics|ies|ows|news|series|species|gas|bias|alias|canvas|atlas|lens)$/;

// Words that say which dimension an attribute is measured in: "extra cost" is money, never 326 days.
const dimensionWords: ReadonlyArray<[RegExp, string]> = [
  [/\b(cost|costs|price|prices|pricing|fee|fees|charge|charges)\b/i, 'money'],
  [/\b(size|memory|storage|capacity|disk|volume|payload)\b/i, 'size'],
  [/\b(timeout|duration|latency|retention|period|interval|delay|ttl|age|lifetime)\b/i, 'duration'],
  [/\b(port)\b/i, 'port'],
];

/**
 * Gate "the number of <noun>" reads for a count (review: "the number of free", "the number of other
 * reg", "the number of generation"): what is counted is a plural ("subnets per VPC", "LSI and GSI
 * per table", "items"), or the count's own noun, which the stem makes plural. A count of things the
 * attribute does not name ("botnets", counted in computers) is no question either. Returns the
 * reason, or undefined.
 */
export function countedNounProblem(attribute: string, q: { dimension: string; unit: string }): string | undefined {
  if (q.dimension !== 'count' || q.unit === '%') return undefined;
  const counted = attribute.replace(/^number of\s+/i, '');
  const unit = q.unit.toLowerCase();
  if (unit !== '' && !counted.toLowerCase().includes(unit.replace(/s$/, ''))) return 'the count is of other things than the attribute names';
  // The head of "subnets per VPC", "parameters in template": the word before its prepositional phrase.
  const head = counted.split(/\s+(?:per|in|of|for|on|at|by|with|from|across|within|between)\s+/i)[0]!.split(/\s+/).at(-1) ?? '';
  if (unit !== '' && head.toLowerCase() === unit.replace(/s$/, '')) return undefined;
  if (/^\p{Lu}{2,}s?$/u.test(head) || (/^\p{Ll}[\p{Ll}-]+s$/u.test(head) && !/(ss|us|is)$/.test(head))) return undefined;
  return 'the count is no plural: "the number of …" does not read';
}

// The words that name a time measure: a duration is asked as one of these ("visibility timeout",
// "retention period", "time allowed"), never as "the logs", "the standard" or "the subunit".
const timeWords = /\b(time|times|timeout|timeouts|duration|period|interval|retention|delay|latency|ttl|age|lifetime|life|half-life|term|tenor|maturity|window|expiry|expiration|span|lag|lease|cooldown|uptime|downtime|deadline|onset|length|lock|runtime|hold|wait)\b/i;

/** Gate "a duration is asked by a time word": the reason to skip, or undefined. */
export function durationUnnamed(attribute: string, dimension: string): string | undefined {
  // "wait" alone is a verb as often as a noun; "long polling wait" is a time.
  return dimension === 'duration' && (!timeWords.test(attribute) || /^wait$/i.test(attribute.trim())) ? 'the attribute does not name a time' : undefined;
}

/**
 * The attribute's own word for a dimension against the value's dimension: "minimum storage" keyed
 * "30 days" asks a size and answers a duration. Undefined when they agree or the attribute names none;
 * a word of another dimension beside ("storage duration") makes it agree.
 */
export function dimensionMismatch(attribute: string, dimension: string): string | undefined {
  const named = dimensionWords.filter(([pattern]) => pattern.test(attribute)).map(([, d]) => d);
  if (named.length === 0 || named.includes(dimension)) return undefined;
  // A count ("number of requests") may stand beside any word; money counts only as money.
  if (dimension === 'count' && !named.includes('money')) return undefined;
  return 'the value is not of the kind the attribute names';
}
