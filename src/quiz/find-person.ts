import { idOfKey, workspaceOfKey } from './identity.js';

/**
 * Finds a person of a workspace from what was typed after `/score`: a Slack mention (`<@U1>`,
 * `<@U1|ada>`), a Discord mention (`<@123>`, `<@!123>`), `@name`, a platform id or a display name
 * (any case). Returns the user key, or undefined when nobody known matches.
 */
export function findPerson(
  users: Readonly<Record<string, string>>,
  workspace: string,
  typed: string,
): string | undefined {
  const text = typed.trim();
  const mention = /^<@!?([A-Za-z0-9_.-]+)(?:\|[^>]*)?>$/.exec(text);
  const wanted = (mention ? mention[1]! : text.replace(/^@/, '')).toLowerCase();
  if (!wanted) return undefined;
  const inWorkspace = Object.keys(users).filter((key) => workspaceOfKey(key) === workspace);
  return (
    inWorkspace.find((key) => idOfKey(key).toLowerCase() === wanted) ??
    (mention ? undefined : inWorkspace.find((key) => users[key]!.toLowerCase() === wanted))
  );
}
