import { cutText, discordLimits } from './cut-text.js';

/** Where suggestions come from (the adapter's options). */
export interface SuggestionSources {
  complete?: (command: 'limit' | 'define', partial: string) => string[];
  topics?: () => string[];
}

/**
 * Autocomplete choices for the focused option: `/limit` and `/define` from the fact desk, `/quiz topic`
 * from the bank's topics (those containing what was typed, case-insensitive). At most 25, each name
 * and value cut to 100 characters as Discord requires; none for any other option.
 */
export function suggest(
  commandName: string,
  optionName: string,
  partial: string,
  sources: SuggestionSources,
): Array<{ name: string; value: string }> {
  let found: string[] = [];
  if ((commandName === 'limit' || commandName === 'define') && sources.complete) {
    found = sources.complete(commandName, partial);
  } else if (commandName === 'quiz' && optionName === 'topic' && sources.topics) {
    const typed = partial.trim().toLowerCase();
    found = sources.topics().filter((topic) => topic.toLowerCase().includes(typed));
  }
  const unique = [
    ...new Set(
      found.map((text) => cutText(text.trim(), discordLimits.autocompleteText)).filter((text) => text.length > 0),
    ),
  ];
  return unique.slice(0, discordLimits.autocompleteChoices).map((text) => ({ name: text, value: text }));
}
