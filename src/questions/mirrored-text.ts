import { comparisonKey } from './text-tools.js';

/**
 * True when two texts are one frame with a short run swapped: "Traffic coming into the pod" /
 * "Traffic going out from the pod", "Runs on master nodes" / "Runs on worker nodes". Such texts sit
 * on one axis and exclude each other: no thing has both, and knowing which thing has one tells which
 * has the other. The shared frame (words before and after the swapped runs) holds at least two words
 * and half of each text; each swapped run holds one to three words.
 */
export function isMirrored(a: string, b: string): boolean {
  const left = words(a);
  const right = words(b);
  let before = 0;
  while (before < left.length && before < right.length && left[before] === right[before]) before += 1;
  let after = 0;
  while (after < left.length - before && after < right.length - before && left.at(-1 - after) === right.at(-1 - after)) after += 1;
  const frame = before + after;
  const swapped = [left.length - frame, right.length - frame];
  return frame >= 2 && swapped.every((size) => size >= 1 && size <= 3) && frame * 2 >= Math.max(left.length, right.length);
}

const words = (text: string): string[] => comparisonKey(text).split(' ').filter((word) => word !== '');
