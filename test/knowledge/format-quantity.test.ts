import { describe, expect, it } from 'vitest';
import { findQuantities, formatQuantity } from '../../src/knowledge/parse-quantity.js';

// How amounts read in stems, choices and explanations: thousands grouped, cents shown under $1,000,
// up to ten decimals of a price and six of any other number (the formatters are made once, see
// format-quantity.ts; these are the texts a reader sees).
describe('formatQuantity: numbers as a reader sees them', () => {
  it.each([
    ['costs $1,500 per month', '$1,500 per month'],
    ['costs $999.5 per month', '$999.50 per month'],
    ['$0.0000166667 per GB-second', '$0.0000166667 per GB-second'],
    ['$2 to $1,200 per hour', '$2.00 to $1,200 per hour'],
    ['0.5 seconds', '0.5 seconds'],
    ['12,345 items', '12,345 items'],
    ['1.234567 GB', '1.234567 GB (1,264.196608 MB)'],
  ])('%s → %s', (text, formatted) => {
    const [quantity] = findQuantities(text);
    expect(quantity && formatQuantity(quantity)).toBe(formatted);
  });
});
