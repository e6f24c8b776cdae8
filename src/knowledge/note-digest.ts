import { createHash } from 'node:crypto';

/** The SHA-256 of a notes file's bytes, as hex: how a bank records which notes it came from. */
export function noteDigest(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
