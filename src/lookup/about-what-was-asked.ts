import type { DeskCommand, Hit, TermUse } from './fact-index.js';

/**
 * Whether a hit is about what the query asked, not merely close to its words. A query term the notes
 * use to name subjects ("nearline", "kubelet", "cloud run") must be found where the hit is named or
 * filed (its name, topic, subject, section or their synonyms), not only in its text: "nearline storage
 * duration" is not answered by Coldline's 90 days. A term the notes never use may be the subject the
 * notes lack; then the hit must at least be named by one of the query's subject terms. /define
 * queries are all names: each subject word must be found in the item; a word mended from a typo must
 * be found where the item is named or filed ("contango" is not "contingency" met in a sentence).
 */
export function isAboutWhatWasAsked(hit: Hit, uses: readonly TermUse[], command: DeskCommand): boolean {
  const foundAbout = (term: string): boolean => hit.aboutTerms.some((about) => about === term || about.startsWith(term));
  const found = (term: string): boolean => hit.terms.includes(term) || foundAbout(term);
  const subjects = uses.filter((use) => use.known && use.subject);
  // /define: the query is all names ("eks anywhere curated packages"); each must be found, one where
  // the item is named. /limit: "subject attribute", and every subject word must name the fact.
  const named =
    command === 'define'
      ? subjects.every((use) => found(use.spelled)) && (hit.aboutTerms.length > 0 || uses.every((use) => use.spelled === use.term))
      : subjects.every((use) => foundAbout(use.spelled));
  if (!named) return false;
  const unknown = uses.some((use) => !use.known && !hit.terms.includes(use.spelled));
  if (unknown && !subjects.some((use) => foundAbout(use.spelled))) return false;
  return true;
}
