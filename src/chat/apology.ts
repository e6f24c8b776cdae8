/**
 * What a person is told when something fails on prepbot's side. One text per situation, used by every
 * entry point, so people meet the same words wherever it happens.
 */

/** A bug: the person did nothing wrong; the error is logged with its stack. */
export const APOLOGY = 'Sorry, something went wrong on my side. It has been logged; please try again in a moment.';

/** The store cannot write its file right now: what the person did was not kept, and trying again will work once it can. */
export const COULD_NOT_SAVE =
  'Sorry, that could not be saved just now (prepbot cannot write its data file). Please try again in a moment.';
