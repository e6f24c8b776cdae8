import { isPrepbotError } from '../errors/prepbot-error.js';

/**
 * The message printed when a prepbot command cannot go on. Our own errors (settings, notes folder,
 * question bank, store file, ports) already say what and where, and are printed as they are; an
 * error from the system (a file or socket call that failed) is said in one line naming the call, the
 * path and the code. Only an error that is neither, a bug in prepbot, is shown with its stack.
 */
export function describeStartupError(error: unknown): string {
  if (!(error instanceof Error)) return `prepbot: could not start: ${String(error)}`;
  const { code, syscall, path } = error as Error & { code?: unknown; syscall?: unknown; path?: unknown };
  if (isPrepbotError(error)) return `prepbot: ${error.message}`;
  const { port } = error as { port?: unknown };
  if (code === 'EADDRINUSE' && typeof port === 'number') {
    return `prepbot: port ${port} is already in use by another program (another prepbot?): stop it, or set PORT (Slack HTTP mode) or HEALTH_PORT to a free port.`;
  }
  if (typeof code === 'string' && typeof syscall === 'string') {
    return `prepbot: could not go on: ${syscall}${typeof path === 'string' ? ` ${path}` : ''} failed (${code}): ${error.message}`;
  }
  return `prepbot: could not start because of a bug in prepbot (please report it with what follows)\n${error.stack ?? error.message}`;
}
