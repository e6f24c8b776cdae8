/**
 * Calls `onOrphaned` once when the process that started this one has gone (our parent pid changes, as
 * the orphan is handed to init or a subreaper). Returns a function that stops watching.
 *
 * Why: npm 10 does not pass SIGTERM on to a script's process. `npm start` under a supervisor that
 * stops it with SIGTERM exits 143 and leaves prepbot running with parent 1, and the supervisor's next
 * start makes a second bot on the same store. So under npm (npm_lifecycle_event is set) prepbot stops
 * itself, cleanly, when npm is gone. Without npm nothing is watched: `nohup prepbot start &` must
 * outlive its shell.
 */
export function stopWithParent(
  onOrphaned: () => void,
  options: { env?: NodeJS.ProcessEnv; everyMs?: number } = {},
): () => void {
  const env = options.env ?? process.env;
  if (!env.npm_lifecycle_event) return () => {};
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onOrphaned();
  }, options.everyMs ?? 250);
  timer.unref();
  return () => clearInterval(timer);
}
