import { englishStatement } from '../knowledge/english-part.js';
import { ASPECT_NOUNS } from '../knowledge/english-words.js';
import type { DefinitionItem } from '../knowledge/item.js';
import { startsWithVerb } from './definition-phrasing.js';
import { type GenerationContext, isServiceName, looksLikeProductName, parentSection, sectionKey } from './generation-context.js';
import { comparisonKey, containsWords, contentWords, tidy } from './text-tools.js';
import { isLabelOnly } from './vague-heading.js';
import { mendText } from './mend-spelling.js';

/** What every sibling comparison needs, computed once per definition item. */
export interface DefinitionFacts {
  sentence: string;
  /** Why this definition cannot be a choice or a stem, if it cannot. */
  problem: string | undefined;
  termProblem: string | undefined;
  /** Why this definition cannot be asked about its own term, though it may stand beside others ("ACU" = "Aurora Capacity Unit …"). */
  ownProblem: string | undefined;
  verbForm: boolean;
  sentenceKey: string;
  words: string[];
  /** `words` as a set, for the overlap test between siblings. */
  wordSet: ReadonlySet<string>;
  /** The meaningful words of the whole definition, every sentence: what else it says its term does. */
  allWords: ReadonlySet<string>;
  nameKeys: string[];
  service: boolean;
  /** A service, or a term written like a product name ("SNS", "Time To Live"): not a bare concept label. */
  named: boolean;
  section: string;
  parent: string;
}

const factsCache = new WeakMap<DefinitionItem, DefinitionFacts>();

/** The facts of one definition item, computed on first use and kept with the item. */
export function factsOf(item: DefinitionItem, context: GenerationContext): DefinitionFacts {
  let facts = factsCache.get(item);
  if (!facts) {
    // A bilingual definition is asked in its English part, when that reads whole (knowledge/english-part.ts).
    // A typo the notes spell right elsewhere is mended: the sentence is quoted in stems and choices.
    const sentence = mendText(firstSentence(englishStatement(item.definition) ?? item.definition), context);
    const words = contentWords(sentence);
    facts = {
      sentence,
      problem: unusable(item, sentence),
      termProblem: termProblem(item.term),
      ownProblem: spellsOut(item.term, sentence) ? 'definition spells out its acronym' : undefined,
      verbForm: startsWithVerb(sentence.toLowerCase()),
      sentenceKey: comparisonKey(sentence),
      words,
      wordSet: new Set(words),
      allWords: new Set(contentWords(item.definition)),
      nameKeys: [item.term, ...item.aliases].map(comparisonKey),
      service: isServiceName(item.term, context),
      named: isServiceName(item.term, context) || looksLikeProductName(item.term),
      section: sectionKey(item),
      parent: parentSection(item),
    };
    factsCache.set(item, facts);
  }
  return facts;
}

/** Why a term is not a name to ask about ("Aurora comes in two flavours", "Kinesis example"), if it is not. */
function termProblem(term: string): string | undefined {
  const words = term.split(/\s+/);
  if (words.length > 5 || /^(a|an|the|good|best|also|e\.?g|ex)\b/i.test(term)) return 'term is not a name';
  if (/\b(example|examples|sample|note|notes|comes|is|are|can|fires|trade-?off|differences?|why|how)\b/i.test(term)) return 'term is not a name';
  // "Understanding padded cells", "Introduction to VLANs": a heading of the notes, not the thing's name.
  if (/^(understanding|introducing|introduction to|overview of|about)\s/i.test(term)) return 'term is a heading, not a name';
  // "Role def: Action": the notes' shorthand, a label and a name run together.
  if (/\S:\s/.test(term)) return 'term is notes shorthand';
  // "Configure LDAP", "Understand ServiceAccounts": a checklist line, not the name of a thing.
  if (words.length >= 2 && imperative.test(words[0]!)) return 'term is a task, not a name';
  // "Q19", "Step 3", "Lab 2": a numbered exercise or step, a place in the notes, not a thing.
  if (/^(q|question|step|part|ex|exercise|task|lab|problem|example)\s*\d+[a-z]?$/i.test(term.trim())) return 'term is not a name';
  // "BONUS", "Exam Tips": a label of the notes' own.
  if (isLabelOnly(term)) return 'term is not a name';
  // "drawback", "Countermeasures": an aspect of the entry above it, not a thing (r7: "drawback" keyed
  // as a countermeasure, "countermeasures" offered as an attack).
  if (words.length <= 3 && words.every((word) => ASPECT_NOUNS.has(word.toLowerCase()) || /^(?:and|&|\/)$/.test(word))) return 'term names an aspect of the entry above it';
  return undefined;
}

// The imperatives study checklists open with; an English word list, not a field's vocabulary.
const imperative = /^(configure|create|install|understand|know|learn|review|practise|practice|remember|set|setup|enable|disable|manage|list|identify|describe|explain|implement|deploy|use|add|remove|delete|modify|change|adjust|start|stop|boot|mount|schedule|interrupt|locate|find|compare|read|study)$/i;

/** Why a definition cannot carry a question, if it cannot. */
function unusable(item: DefinitionItem, definition: string): string | undefined {
  // "> memorize these": a quote mark or a bullet left from the notes' layout.
  // "(The email one)": an aside in brackets, not what the thing is.
  if (/^[>|#*\-+=~(]/.test(definition.trim())) return 'definition holds note punctuation';
  // "brew install --cask powershell": a command line, a step to type, not what a thing is.
  if (/(^|\s)--?[a-z][\w-]*(\s|$)/.test(definition)) return 'definition is a command';
  if (/^(e\.?g\b|ex\b|for example|such as)/i.test(definition)) return 'definition is only an example';
  // "normal + known variance": a few words joined by "+" are the notes' shorthand, not a sentence to ask.
  if (/\s\+\s/.test(definition) && definition.split(/\s+/).length <= 6) return 'definition is notes shorthand';
  // "sampling: or data extraction, the process of …": another name for the term comes first, not what it is.
  if (/^or\s/i.test(definition)) return 'definition opens with another name';
  // "For X, see here: Adrenergic Drugs": a pointer to another page, not what the thing is.
  if (/\bsee (here|also|below|above|page)\b/i.test(definition)) return 'definition is a cross-reference';
  const parts = definition.split(/,\s*|\s+and\s+/);
  if (parts.length >= 3 && parts.every((part) => part.split(/\s+/).length <= 3)) return 'definition is a list of names';
  if (definition.split(/\s+/).length < 3) return 'definition too short';
  // "Hypertension: via stress response": how a listed effect comes about, a fragment, not what it is.
  if (/^(via|by|through|due to|because of|from|with|without|at|on|in|into)\s/i.test(definition) && definition.split(/\s+/).length <= 8) return 'definition is a fragment';
  if (definition.split(/\s+/).length > 30) return 'definition too long';
  if (comparisonKey(definition) === comparisonKey(item.term) || item.source.section.some((heading) => comparisonKey(heading) === comparisonKey(definition))) {
    return 'definition is only a heading';
  }
  if ([item.term, ...item.aliases].some((name) => containsWords(definition, name))) return 'definition names its own term';
  return undefined;
}

/** "ACU" beside "Aurora Capacity Unit, …", "FaaS" beside "Function as a Service: …": the term is the initials. */
function spellsOut(term: string, definition: string): boolean {
  if (!/^[A-Z][A-Za-z]{1,5}$/.test(term) || !/[A-Z].*[A-Z]/.test(term)) return false;
  const words = definition.split(/[\s-]+/).filter((word) => /^\p{L}/u.test(word));
  const initials = (list: string[]) => list.map((word) => word.charAt(0)).join('').toLowerCase();
  const key = term.toLowerCase();
  return initials(words).startsWith(key) || initials(words.filter((word) => /^\p{Lu}/u.test(word))).startsWith(key);
}

/** The first sentence of a definition, without its closing full stop. */
function firstSentence(text: string): string {
  const sentence = /^(.+?[a-z0-9)])\.\s+[A-Z]/.exec(text)?.[1] ?? (text.split(/\s+/).length > 30 ? lowerCaseLead(text) : undefined) ?? text;
  // "Occurs when … the same receptor, while physiological antagonism occurs when …": the clause after
  // "while"/"whereas" describes another thing; quoted whole, the stem would describe two.
  const own = /^(.{12,}?),?\s+(?:while|whereas)\s+\p{L}/iu.exec(sentence)?.[1] ?? sentence;
  return tidy(own);
}

/**
 * Notes written all in lower case ("stores a complete copy of the data. once it is complete, the flag
 * is reset"): the first sentence ends at a full stop followed by a lower-case sentence of its own, not
 * at an abbreviation ("e.g. ", "vs. "). Both parts must be clauses of some length (four words or more).
 * Used only where the whole is too long to ask: a short first sentence says less to tell siblings apart.
 */
function lowerCaseLead(text: string): string | undefined {
  const m = /^(.+?[a-z0-9)])\.\s+(?=\p{Ll})(.*)$/u.exec(text);
  if (!m || /\b(?:e\.g|i\.e|etc|vs|ex|approx|incl|max|min|no|cf)$/i.test(m[1]!)) return undefined;
  const words = (part: string): number => part.split(/\s+/).filter(Boolean).length;
  return words(m[1]!) >= 4 && words(m[2]!) >= 4 ? m[1] : undefined;
}
