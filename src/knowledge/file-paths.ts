/**
 * File system paths as notes write them: "/etc/login.defs", "/etc/yum.repos.d/", "~/.bashrc". Config
 * files and directories are a large part of system administration notes; an item writer asks which
 * file or directory does a job, among the other paths the notes name.
 */

/** A path in running text: rooted at "/" or "~/", not part of a URL ("https://host/…") or a longer word. */
const PATH = /(?<![\w.:/~%-])((?:~\/|\/)[\w.@+-]+(?:\/[\w.@+*-]+)*\/?)/g;

/** The paths a text names, without a sentence's closing full stop ("/etc/shadow." → "/etc/shadow"). */
export function pathsIn(text: string): string[] {
  return [...text.matchAll(PATH)].map((found) => found[1]!.replace(/\.+$/, '')).filter((path) => /[\p{L}]/u.test(path));
}

/** True when the whole text is one path. */
export const isPath = (text: string): boolean => {
  const found = pathsIn(text.trim());
  return found.length === 1 && found[0] === text.trim().replace(/\.+$/, '');
};

/**
 * "/dev/VGNAME/LVNAME", "/etc/yum.repos.d/*.repo", "/dev/PARTITION": a stand-in or a pattern, not a
 * path to learn.
 */
export const isPlaceholderPath = (path: string): boolean => /\*|\/\p{Lu}[\p{Lu}\d_-]+(?:\/|$)/u.test(path);

/** The same path however written: no trailing slash, lower case. */
export const pathKey = (path: string): string => path.replace(/\/+$/, '').toLowerCase();

/**
 * A directory by its form ("/etc/cron.d/", "/etc/yum.repos.d"), a file by its form ("/etc/login.defs",
 * "/.autorelabel", "~/.bashrc"), else undefined: "/etc/skel" and "/etc/passwd" look alike.
 */
export function pathKindByForm(path: string): 'file' | 'directory' | undefined {
  if (/\/$/.test(path) || /\.d$/.test(path)) return 'directory';
  const last = path.split('/').pop() ?? '';
  return /\.[\w-]+$/.test(last) ? 'file' : undefined;
}
