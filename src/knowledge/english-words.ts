/**
 * The few plain-English word lists the parser cannot do without, in one place. Field vocabulary (names,
 * vendor prefixes, synonyms, a folder's own facet headings) is data in the lexicon, never here.
 */

/** Words that describe a facet of something rather than name it ("Limits", "Exam Tips", "Use cases"). */
export const FACET_WORDS: ReadonlySet<string> = new Set(
  'concepts concept quotas quota components component features feature benefits benefit use cases case example examples integrations integration configuration languages language support pricing price limits limit overview security defaults default practice notes note summary basics basic introduction intro sample samples table more worked endpoint types type requirements services service resources capable global modes mode diagram options option details detail characteristics properties questions question pro cheat sheet study review tips tip exam settings setting important key things remember faq ports port'.split(
    ' ',
  ),
);

/** Nouns that number the notes' own layout or a course's parts ("Step 2", "Chapter 3", "Week 1"), never a thing. */
export const LAYOUT_NOUNS: ReadonlySet<string> = new Set(
  'step steps chapter chapters part parts section sections lesson lessons module modules unit units day days week weeks phase phases stage stages round rounds level levels question questions exercise exercises lab labs task tasks item items page pages slide slides figure table lecture session sessions video domain domains reading readings objective objectives option options scenario scenarios example case version'.split(
    ' ',
  ),
);

/**
 * Nouns that name an aspect of the thing above them, never a thing: "- drawback: raises false alarms"
 * under behaviour-based detection, "- countermeasures: callback security" under war dialing. A label
 * made of these is the parent's facet, not a term to ask about or offer beside terms.
 */
export const ASPECT_NOUNS: ReadonlySet<string> = new Set(
  'drawback drawbacks disadvantage disadvantages advantage advantages downside downsides upside upsides benefit benefits countermeasure countermeasures limitation limitations caveat caveats pros cons weakness weaknesses strength strengths purpose goal goals usage uses'.split(
    ' ',
  ),
);

/**
 * A study checklist line or a pointer at what follows, which states nothing: "Understand ServiceAccounts",
 * "Know the difference between …", "Be able to …", "The following example shows …", "Here is how …".
 */
export const NOT_A_STATEMENT =
  /^(?:understand|know|learn|review|practi[cs]e|memori[sz]e|be\s+(?:able|familiar|aware)|make\s+sure\s+you|get\s+familiar)\b|^(?:the\s+following|below|here\s+(?:is|are|'s)|this\s+(?:example|snippet|command|code))\b.*\b(?:example|shows?|snippet|command|code|demonstrates?|illustrates?|steps?)\b/i;

/**
 * Advice to the reader, which says what to do, not what a thing is: "Consider provisioning …",
 * "Remember to …", "Make sure …", "Avoid …", "Don't …". Never a definition of the term it follows.
 */
export const ADVICE_LEAD =
  /^(?:consider|remember|ensure|make\s+sure|be\s+sure|avoid|don['’]t|do\s+not|try\s+to|keep\s+in\s+mind|note\s+that|beware)\b/i;

/**
 * Pairs of words that point opposite ways: two definitions alike but for one of these ("traffic allowed
 * into …" / "traffic allowed out from …") are a pair to choose between, not two right answers.
 */
export const OPPOSITE_WORDS: ReadonlyArray<readonly [string, string]> =
  'into:out in:out inbound:outbound incoming:outgoing ingress:egress upload:download encrypt:decrypt encrypts:decrypts enable:disable enables:disables allow:deny allows:denies minimum:maximum public:private read:write reads:writes start:stop starts:stops before:after increase:decrease increases:decreases internal:external synchronous:asynchronous upper:lower attach:detach push:pull send:receive sends:receives source:destination horizontal:vertical'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]);

/**
 * Comparatives and their opposites, for "lower niceness = higher priority": a direction the notes
 * state, asked with the opposite direction beside it (questions/direction-question.ts).
 */
export const COMPARATIVE_OPPOSITES: ReadonlyMap<string, string> = new Map(
  'higher:lower bigger:smaller greater:smaller larger:smaller fewer:more more:less longer:shorter faster:slower wider:narrower stronger:weaker heavier:lighter better:worse cheaper:costlier safer:riskier simpler:harder easier:harder newer:older'
    .split(' ')
    .flatMap((pair) => {
      const [a, b] = pair.split(':') as [string, string];
      return [
        [a, b],
        [b, a],
      ];
    }),
);

/**
 * Words of scope, opposite only between kinds of one thing defined alike ("stores all files changed
 * since …" / "stores only the files changed since …"): elsewhere too common to contrast anything.
 */
export const SCOPE_WORDS: readonly [string, string] = ['all', 'only'];

/** "Use X when …", "Choose X for …": a situation that calls for X. Groups: what to use, the situation. */
export const USE_WHEN =
  /^(?:use|choose|pick|prefer|go\s+with|opt\s+for)\s+(.{1,60}?)\s+(?:when|for|if|to|whenever|in\s+case)\s+(.+)$/i;

/** A sentence's subject that names nothing: "You are responsible …", "This is a …", "There are …". */
export const PRONOUN =
  /^(?:i|you|we|they|he|she|it|this|that|these|those|there|here|one|each|all|both|some|most|many)$/i;

/** A word pointing back at what the heading above names: "What It Does", "How They Work", "Why Use This". */
export const REFERRING_PRONOUN = /^(?:it|its|they|them|their|this|these|those)$/i;

/**
 * Words that glue a sentence together and are never a command, an option or a sub-command: a line
 * holding one of them between its first word and its verb is a sentence, not a command ("entering a
 * directory with cd requires …").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an the and or but nor if then else when while with without within of in on at to for from by into onto over under about as than that which who whom whose what where why how this these those there here it its they them their we our us you your he she his her i me my is are was were be been being am do does did done not no so too very can could will would shall should may might must has have had also just only even still all any some each every both either neither one more most much many such own same other another let lets everything nothing something anything everyone someone'.split(
    ' ',
  ),
);

/**
 * Third-person verbs saying what a command does ("lists", "sets", "creates"): after a command name
 * and its arguments, the verb where the command ends and its description begins.
 */
export const COMMAND_VERBS: ReadonlySet<string> = new Set(
  'adds allows appends applies assigns attaches blocks builds changes checks cleans clears compresses configures converts copies creates decompresses decreases defines deletes deploys detaches disables discards displays downloads drains edits enables encrypts erases evicts executes expires exports extends extracts fetches finds flushes forces formats generates gives grants imports increases initializes initialises inspects installs joins kills launches lists loads locks makes manages marks merges modifies monitors mounts moves opens outputs prints prompts pulls pushes queries reactivates reads reboots rebuilds reloads removes renames replaces resets resizes resolves restarts restores resumes returns reverts revokes rotates runs saves scales scans schedules searches sends sets shows shrinks sorts splits starts stops switches syncs toggles unlocks unmounts unpacks updates uploads validates verifies waits watches writes'.split(
    ' ',
  ),
);

/**
 * What kind of job a command verb names, in base form: a wrong choice that shows where the answer
 * changes ("kubectl uncordon" among ways to view metrics) is no plausible rival. A verb of
 * COMMAND_VERBS in none of these lists changes something.
 */
export const ACTION_VERBS = {
  inspect:
    'show list display print get view describe read check inspect monitor query find search verify validate watch report output audit count test',
  create:
    'create add build generate make initialize initialise install deploy import expose provision register allocate spawn',
  change: 'set update modify change edit rename resize move mark scale assign grant apply configure',
  remove:
    'remove delete erase kill clear discard drain evict flush uninstall revoke detach purge destroy wipe prune drop unset',
} as const;

/**
 * A noun made from a verb or an adjective ("replication", "deployment", "availability"): never a verb,
 * so a bold word right before one modifies it ("**Synchronous** replication of data …") and is no term
 * the sentence goes on to describe.
 */
export const NOMINAL_SUFFIX = /\p{L}{3,}(?:tion|sion|ment|ness|ity|ance|ence|ship|ism)s?$/u;

/** "firewalld is a lot easier …", "is the same as …": a comparison, not what the command is. */
export const VAGUE_AFTER_ARTICLE = /^(?:lot|bit|little|few|same|way|good|great|nice)$/i;

/** Adverbs that add nothing to what a command does ("basically shows …"): left out of its description. */
export const FILLER_ADVERBS: ReadonlySet<string> = new Set([
  'basically',
  'simply',
  'actually',
  'really',
  'just',
  'also',
  'essentially',
]);

/**
 * Words that join a subject to its value ("is", "supports", "can store"). A clause's subject ends at
 * the first of them; the rest of the clause, the verb dropped, names the attribute. Only linking and
 * common measuring verbs: a clause without one is read as elided ("…; B up to 50").
 */
export const LINKING_VERBS: ReadonlySet<string> = new Set(
  'is are was were be has have had can could may might must will would should shall does do get gets take takes use uses support supports allow allows store stores hold holds keep keeps retain retains cost costs last lasts offer offers provide provides give gives run runs default defaults need needs require requires accept accepts handle handles reach reaches scale scales grow grows range ranges listen listens stay stays start starts go goes'.split(
    ' ',
  ),
);

/**
 * Words leading a clause before the command that does it ("Now we need to create … by using `vgcreate`"):
 * a sequence adverb, or a person with a modal. Dropped, they leave the base verb of the purpose.
 */
export const PURPOSE_LEAD_IN =
  /^(?:(?:now|then|next|finally|first|also|so|and|lastly|afterwards),?\s+|(?:we|you|one|i)\s+(?:can|could|need\s+to|must|should|will|have\s+to|may|might|want\s+to)\s+(?:also\s+|then\s+|just\s+)?)/i;

/**
 * What a purpose must not hold to be asked as "Which command …?": a word pointing back ("displays
 * it", "mounts it to that location"), a restriction telling how two commands differ ("only", "not",
 * "but", "except": without its other half it misleads), an example ("e.g.") or a number (a worked
 * example's value, or an example's name: "verifies vdb1 exists").
 */
export const NOT_A_PURPOSE =
  /\b(?:it|its|them|this|that|these|those|here|there|above|below|same|only|not|but|except|unless|however|instead|e\.g|i\.e|etc|example|you|your|we|our|us)\b|n't\b|\d/i;

/**
 * Lower-case words notes write for "any such thing" in a command line ("chage -l user", "setfacl -m
 * u::r file1", "kubectl drain node"): placeholders, not an example's own values.
 */
export const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set(
  'user username group file filename files dir directory folder path name host hostname node pod device dev disk partition package pkg service unit key value id port url image namespace resource container volume target source dest destination src dst command cmd pattern string text number num script program process pid job'.split(
    ' ',
  ),
);

/**
 * A table's first header that only says "the row's label is here" ("Name", "Term", "Item", "Key"),
 * not what kind of thing each row is ("Component", "Concept", "Feature").
 */
export const PLACEHOLDER_HEADERS =
  /^(?:names?|terms?|items?|keys?|words?|keywords?|acronyms?|abbreviations?|titles?|labels?|entry|entries|things?|topics?|headings?|rows?|columns?)$/i;

/** Verbs of keeping something somewhere for a time ("stored for at least 30 days", "must stay … for 180 days"). */
export const KEEPING_VERBS = /^(?:stored|store|stays?|remains?|kept|keep|retained|held|resides?|lives?)$/i;

/**
 * Words that make the parts of a sum a clause, not quantities: "normal + unknown variance" says "and",
 * "price for storage + retrieval cost" describes (formula-expression.ts).
 */
export const CLAUSE_LINKS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'not',
  'no',
  'for',
  'with',
  'without',
  'than',
  'if',
  'when',
  'vs',
]);

/** Words that lead into an example: a text ending on one goes on after it ("relative ranking, e.g."). */
export const EXAMPLE_LEAD = /(?:^|\s)(?:e\.g|i\.e|eg|ie|like|such as|including|for example|for instance)\.?,?$/i;

/**
 * Prefixes that put a word's root behind them ("encrypted" is "en" + "crypt", "unmanaged" "un" +
 * "manag"): a stem word and an answer word sharing the root behind one of these begin alike too.
 * Not "re" and "in": too many words open so by chance ("reserved" / "server", "intrusion" / "trust").
 */
export const ROOT_PREFIXES: readonly string[] = ['en', 'em', 'un', 'de', 'dis', 'non', 'anti', 'pre', 'post', 'sub'];

/**
 * Leading runs that many unrelated English words share ("interface" / "internet", "transfer" /
 * "transport"): a stem word and an answer word that begin alike only by one of these are no clue.
 */
export const COMMON_LEADS: ReadonlySet<string> = new Set(
  'inter intra trans under super hyper micro macro extra ultra count contr compu commu conse const consi conta conte conve prese prote proce produ progr repre recom resou manag distr infor instr appli admin secur servi perfo devel envir exper gener opera organ parti prima stand struc syste'.split(
    ' ',
  ),
);
