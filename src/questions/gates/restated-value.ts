/** What `restatesValue` compares of a number question: its kind, posted topic and measure ("maximum/duration"). */
export interface AskedNumber {
  kind: string;
  topic: string;
  /** The notes file the question cites. */
  file: string;
  /** The stem's role word and the answer's dimension, as `measureOf` in same-fact.ts writes them. */
  measure: string;
}

/**
 * True when two number questions keyed to the same value, from two files, ask one fact: the same
 * subject and the same role, or one of them none. "Max run time: 1 year" in a limits table and "Run
 * retention: 1 year" on the service's own page are one fact written twice (review "repeats": one fact
 * asked twice in one sample). A default and a maximum of one value stay two facts, as on one line.
 * Within one file a second line stating the value is left to the quantity builder, which reads one
 * line's bound into the other's stem ("Bundle: <= 75 MB" makes "Packed bundle: 75 MB" a maximum).
 */
export function restatesValue(earlier: AskedNumber, later: AskedNumber): boolean {
  if (earlier.kind !== 'quantity' || later.kind !== 'quantity' || earlier.topic !== later.topic || earlier.file === later.file) return false;
  const [a = '', b = ''] = [earlier.measure, later.measure].map((measure) => measure.split('/')[0]);
  return a === b || a === '' || b === '';
}
