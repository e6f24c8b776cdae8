/** The number of whitespace-separated words in `text`. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
