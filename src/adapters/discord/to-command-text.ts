import { ApplicationCommandOptionType } from 'discord.js';
import { commandDefinitions } from './command-definitions.js';

/** A slash-command option as Discord sends it (the shape of discord.js `CommandInteractionOption`). */
export interface SlashOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  options?: readonly SlashOption[];
}

/** Definitions as plain data: only the fields this translation reads. */
interface DefinedOption {
  name: string;
  type: number;
  options?: DefinedOption[];
}

/**
 * Turns a slash command back into the core's command text, as if typed after the command in a terminal:
 * a subcommand's name first (dashes become spaces: `season-reset` → `season reset`), then the option
 * values in the order the command definition lists them (not the order the person filled them in).
 * A user option becomes the user's id. Example: `/prepbot schedule cron:"0 9 * * 1-5"
 * timezone:Europe/Berlin` → `{ command: 'prepbot', text: 'schedule 0 9 * * 1-5 Europe/Berlin' }`.
 */
export function toCommandText(commandName: string, options: readonly SlashOption[]): { command: string; text: string } {
  const definition = commandDefinitions.find((command) => command.name === commandName) as
    { options?: DefinedOption[] } | undefined;
  const defined = definition?.options ?? [];
  const parts: string[] = [];
  const sub = options.find((option) => option.type === ApplicationCommandOptionType.Subcommand);
  if (sub) {
    parts.push(sub.name.replaceAll('-', ' '));
    const subDefinition = defined.find((option) => option.name === sub.name);
    parts.push(...orderedValues(subDefinition?.options ?? [], sub.options ?? []));
  } else {
    parts.push(...orderedValues(defined, options));
  }
  return { command: commandName.toLowerCase(), text: parts.filter((part) => part.length > 0).join(' ') };
}

/** Values in definition order; options Discord sent that the definition does not know come last. */
function orderedValues(defined: readonly DefinedOption[], given: readonly SlashOption[]): string[] {
  const rank = (name: string) => {
    const index = defined.findIndex((option) => option.name === name);
    return index === -1 ? defined.length : index;
  };
  return [...given]
    .filter((option) => option.value !== undefined)
    .sort((a, b) => rank(a.name) - rank(b.name))
    .map((option) => String(option.value).trim());
}
