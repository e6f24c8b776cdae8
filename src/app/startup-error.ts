/**
 * The message printed when the bot cannot start. Our own errors (settings, notes folder, question
 * bank, store file) already say what and where; anything else is shown with its stack.
 */
export function describeStartupError(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && !error.stack?.includes('node:internal')) {
    return `prepbot: ${error.message}`;
  }
  return `prepbot: could not start\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
