import type { Message } from '../chat/message.js';

/**
 * The fact desk behind `/limit` and `/define`: built from the notes' items when the bot starts.
 * Every answer is a complete, user-facing message (including "nothing matched, did you mean …").
 */
export interface FactDesk {
  /** The numeric limit, quota, size, price or port that best matches the words, with its source. */
  limit(query: string): Message;
  /** What the notes say a service or concept is, with its source. */
  define(query: string): Message;
  /** Suggestions for autocomplete as a person types (at most `max`, best first). */
  complete(command: 'limit' | 'define', partial: string, max?: number): string[];
}
