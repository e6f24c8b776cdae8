import type { Item } from '../knowledge/item.js';
import type { DeskCommand, Hit, TermUse } from './fact-index.js';
import { describe, MONEY_TERMS } from './index-documents.js';
import { leadTermsOf } from './named-whole.js';
import { tokenize } from './normalize-text.js';

/**
 * Whether a hit is about what the query asked, not merely close to its words.
 *
 * - A query term the notes use to name subjects ("nearline", "kubelet", "cloud run") must be found
 *   where the hit is named or filed (its name, topic, subject, section or their synonyms), not only in
 *   its text: "coldline storage duration" is not answered by Archive's 365 days. A sentence that opens
 *   with the term is about it too ("t2.micro is part of the free tier …", filed under EC2).
 * - A term the notes never use (for either command) may be the very subject they lack ("nearline"), when it stands first
 *   or the query names no other subject: the hit then counts only when the rest of the query names its
 *   subject whole, in words the notes use as names ("nearline storage duration" does not find Archive
 *   storage, "neptune read replicas" does not find RDS's Read Replicas). Words of the lexicon
 *   ("length", "size") are vocabulary, never a missing subject.
 * - /limit: once the subject is settled, the attribute words pick the fact; a fact that answers none
 *   of them ("cloud run memory" → Cloud Run's request timeout) is not an answer.
 * - A word this command's items never use, which the other command's items use to name subjects
 *   ("warfarin" defined, no figure of it), is what was asked about: no hit answers it.
 * - /define queries are all names: each subject word must be found in the item; a word mended from a
 *   typo must be found where the item is named or filed ("contango" is not "contingency" in a sentence).
 */
export function isAboutWhatWasAsked(
  hit: Hit,
  uses: readonly TermUse[],
  command: DeskCommand,
  rateHeads: readonly string[] = [],
): boolean {
  // Runs over every hit of a query: plain loops, no closures.
  let anySubject = false;
  for (const use of uses) {
    // A subject the notes name, but never in an item of this kind: no hit is about it.
    if (use.subjectElsewhere) return false;
    if (!use.known || !use.subject) continue;
    anySubject = true;
    const named =
      foundAbout(hit, use.spelled) ||
      (command === 'define' && hit.terms.includes(use.spelled)) ||
      leadTermsOf(hit.item).includes(use.spelled);
    if (!named) return false;
  }
  if (command === 'define' && hit.aboutTerms.length === 0 && uses.some((use) => use.spelled !== use.term)) return false;
  // An unknown word reads as a subject where people put subjects, first ("nearline storage duration"),
  // or when nothing else in the query names one; a word the lexicon knows is vocabulary, never a name.
  for (let i = 0; i < uses.length; i += 1) {
    const use = uses[i] as TermUse;
    // First, naming nothing else, and in the notes but in none of this command's items ("hpa cooldown
    // period" where HPA is only mentioned): that subject has no such fact, whatever else is near.
    if (i === 0 && !use.known && use.inNotes && !anySubject && !hit.terms.includes(use.spelled)) return false;
    if (use.inNotes || use.inLexicon || hit.terms.includes(use.spelled) || (i > 0 && anySubject)) continue;
    // The rest must name the hit's subject whole, with words the notes use as names: "read replicas"
    // (words of attributes) does not make "neptune read replicas" a question about Read Replicas.
    if (!namesSubjectWhole(hit.item, uses) || !anySubject) return false;
    break;
  }
  if (command === 'limit') {
    // "exam price": a price is asked for, so a figure that is no amount of money ("120 credits … and
    // pay an annual fee") is no answer, however near its words.
    if (
      hit.item.kind === 'fact' &&
      uses.some((use) => MONEY_TERMS.has(use.spelled)) &&
      hit.item.quantity?.dimension !== 'money'
    )
      return false;
    // "subscriptions per topic": a figure of topics (per account), or of a subscription's token, is not
    // one of subscriptions per topic.
    for (const use of uses) {
      if (
        use.known &&
        rateHeads.includes(use.term) &&
        !hit.terms.includes(use.spelled) &&
        !foundAbout(hit, use.spelled)
      )
        return false;
    }
    let attributes = 0;
    for (const use of uses) {
      if (!use.known || use.subject) continue;
      attributes += 1;
      if (hit.terms.includes(use.spelled) || foundAbout(hit, use.spelled)) return true;
    }
    if (attributes > 0) return false;
  }
  return true;
}

function foundAbout(hit: Hit, term: string): boolean {
  for (const about of hit.aboutTerms) if (about === term || about.startsWith(term)) return true;
  return false;
}

// What an item is about, as terms: its subject and its topic (a fact), its name (anything else).
const SUBJECT_TERMS = new WeakMap<Item, ReadonlyArray<readonly string[]>>();

function subjectTermsOf(item: Item): ReadonlyArray<readonly string[]> {
  let names = SUBJECT_TERMS.get(item);
  if (!names) {
    const own = item.kind === 'fact' ? [item.subject, item.topic] : [describe(item).name, item.topic];
    names = own.map((name) => tokenize(name)).filter((terms) => terms.length > 0);
    SUBJECT_TERMS.set(item, names);
  }
  return names;
}

/** Whether the query's words include every word of the item's subject (or of its topic). */
function namesSubjectWhole(item: Item, uses: readonly TermUse[]): boolean {
  const asked = new Set(uses.map((use) => use.spelled));
  return subjectTermsOf(item).some((terms) => terms.every((term) => asked.has(term)));
}
