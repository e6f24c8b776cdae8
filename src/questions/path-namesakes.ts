import { pathKey } from '../knowledge/file-paths.js';
import type { Candidate } from './pick-distractors.js';
import { contentWords } from './text-tools.js';

/**
 * "Which directory holds static pod manifests?" over /etc/kubernetes/manifests: the stem says the
 * answer's own last name, so real paths of other names beside it give the answer away. The same last
 * name under other directories the notes name (/var/lib/kubelet/manifests) hides that clue: a reader
 * must know which folder it sits in. At most `count` of them, closest folders first, never a path the
 * notes name (a real path is weighed as one) nor one inside or around the answer.
 */
const depth = (path: string): number => path.split('/').length;

export function namesakePaths(answer: string, job: string, directories: readonly string[], count = 2): Candidate[] {
  const key = pathKey(answer);
  const leaf = key.slice(key.lastIndexOf('/') + 1);
  const words = new Set(contentWords(job));
  if (!contentWords(leaf).some((word) => words.has(word))) return [];
  const parent = key.slice(0, key.lastIndexOf('/'));
  const known = new Set(directories.map(pathKey));
  return directories
    .map(pathKey)
    // Not inside the answer's own folder ("/etc/kubernetes/pki/manifests" reads as made up), nor around the answer.
    .filter((dir) => !`${dir}/`.startsWith(`${parent}/`) && !key.startsWith(`${dir}/`) && !dir.endsWith(`/${leaf}`))
    .filter((dir) => !known.has(`${dir}/${leaf}`))
    // A folder as deep as the answer's first ("/var/lib/kubelet" beside "/etc/kubernetes/manifests").
    .sort((a, b) => Math.abs(depth(a) - depth(parent)) - Math.abs(depth(b) - depth(parent)) || a.localeCompare(b))
    .slice(0, count)
    .map((dir) => ({ text: `${directories.find((d) => pathKey(d) === dir)!.replace(/\/+$/, '')}/${answer.slice(answer.lastIndexOf('/') + 1)}`, tier: -1 }));
}
