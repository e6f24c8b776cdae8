/**
 * The questions one generation run has emitted so far, by id and by stem (case- and space-insensitive):
 * a second question with either is a repeat. Lets a draft that can only be a repeat stop before its
 * distractors are picked — on a big corpus most drafts are repeats of an earlier note's question.
 */
export class AskedQuestions {
  private readonly ids = new Set<string>();
  private readonly stems = new Set<string>();

  /** True when a question with this id or this stem was already emitted. */
  has(id: string, stem: string): boolean {
    return this.ids.has(id) || this.stems.has(stemKey(stem));
  }

  /** Records an emitted question. */
  add(id: string, stem: string): void {
    this.ids.add(id);
    this.stems.add(stemKey(stem));
  }
}

const stemKey = (stem: string): string => stem.toLowerCase().replace(/\s+/g, ' ');
