import type { Item, ParseWarning } from './item.js';
import { itemId } from './item-id.js';
import { headingName, headingSubject, isFacet, splitAliases, type HeadingName, type NameHints } from './topic-of.js';

type Draft = Item extends infer I ? (I extends Item ? Omit<I, 'id' | 'topic' | 'source'> : never) : never;

interface OpenHeading {
  depth: number;
  text: string;
  name: HeadingName;
}

const keyWords = (d: Draft): string[] => {
  switch (d.kind) {
    case 'fact':
      return [d.subject, d.attribute, d.quantity?.text ?? d.text];
    case 'definition':
      return [d.term];
    case 'list':
      return [d.title];
    case 'comparison':
      return [d.title, d.row];
    case 'qa':
      return [d.question];
    case 'usecase':
      return [d.subject, d.situation];
    case 'command':
      return [d.name, d.purpose ?? ''];
  }
};

const ASPECT_NOUN = /^\p{Lu}\p{Ll}+(?:ing|tion|sion|ment|ity|ance|ence|ness|ors|ers)s?$/u;

/** Where the walker is in one note: open headings, the bold label under them, and the items so far. */
export class NoteContext {
  readonly items: Item[] = [];
  readonly warnings: ParseWarning[] = [];
  private readonly headings: OpenHeading[] = [];
  /** A bold-only line ("**Storage & Data:**") labelling what follows, until the next heading. */
  label: string | undefined;

  constructor(
    readonly file: string,
    readonly hints: NameHints,
  ) {}

  /** The note's own title (its file name) as a heading above all others, naming itself, with `aliases`. */
  enterTitle(aliases: string[]): HeadingName {
    const text = this.fileTitle();
    const name: HeadingName = { name: text, whole: true, aliases: aliases.filter((a) => a !== text) };
    this.headings.push({ depth: 0, text, name });
    return name;
  }

  enterHeading(depth: number, text: string): HeadingName {
    while (this.headings.length > 0 && this.headings[this.headings.length - 1]!.depth >= depth) this.headings.pop();
    const name = headingName(text, this.hints);
    this.headings.push({ depth, text, name });
    this.label = undefined;
    return name;
  }

  /** Runs `read` with `text` as the innermost heading, naming itself (a bold name over the lines of one paragraph), then closes it. */
  under(text: string, read: () => void): void {
    this.headings.push({ depth: 7, text, name: { name: text, whole: true, aliases: [] } });
    try {
      read();
    } finally {
      this.headings.pop();
    }
  }

  /** Heading path plus the bold label, outermost first. */
  section(): string[] {
    return [...this.headings.map((h) => h.text), ...(this.label ? [this.label] : [])];
  }

  /** The innermost open heading, if any. */
  innermost(): { text: string; name: HeadingName } | undefined {
    return this.headings[this.headings.length - 1];
  }

  /** Whether any open heading names a service or concept. */
  hasNamedHeading(): boolean {
    return this.headings.some((h) => h.name.name !== undefined);
  }

  /**
   * The nearest heading naming something; else the nearest heading as written that is no facet ("Limits",
   * "Exam Tips", "3.1" are facets: the subject is above them); else the file's name.
   */
  topic(): string {
    for (let i = this.headings.length - 1; i >= 0; i--) {
      const name = this.headings[i]!.name.name;
      if (name) return name;
    }
    const real = this.headings.findLast((h) => !isFacet(h.text, this.hints));
    const title = this.fileTitle();
    // "API Gateway.md" › "## Caching": a heading of one abstract noun (by its ending: -ing, -tion, -ment, -ity,
    // -ance, -ence, -ness, or a plural -ors/-ers) names an aspect of the thing the file is named for.
    const aspect = real && ASPECT_NOUN.test(real.text.trim()) && headingName(title, this.hints).whole;
    if (real && !aspect) return splitAliases(real.text, this.hints).base || real.text;
    return title;
  }

  /** What the innermost heading is about: its name when it is nothing but a name, else its own words. */
  sectionSubject(): string {
    const heading = this.innermost();
    if (!heading || isFacet(heading.text, this.hints)) return this.topic();
    return heading.name.name && heading.name.whole ? heading.name.name : headingSubject(heading.text) || this.topic();
  }

  /** The file's name as a title: "03-kube-proxy.md" → "Kube proxy". */
  private fileTitle(): string {
    const stem = this.file
      .replace(/^.*\//, '')
      .replace(/\.[^.]+$/, '')
      .replace(/^\d+[_-]/, '')
      .replace(/[-_]+/g, ' ');
    return stem.charAt(0).toUpperCase() + stem.slice(1);
  }

  /** Title for a list or table with nothing more specific: the label, else the innermost heading. */
  title(): string | undefined {
    return this.label ?? this.headings[this.headings.length - 1]?.text;
  }

  warn(line: number, message: string): void {
    this.warnings.push({ file: this.file, line, message });
  }

  /** Add an item, giving it its topic, source and stable id. */
  add(draft: Draft, line: number, topic = this.topic()): void {
    // Object.assign, not a spread: V8 gave each spread copy a hidden class of its own (~500 bytes an item).
    const item = Object.assign({}, draft, {
      id: itemId(draft.kind, topic, keyWords(draft)),
      topic,
      source: { file: this.file, line, section: this.section() },
    }) as Item;
    this.items.push(item);
  }
}
