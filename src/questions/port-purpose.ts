/**
 * "You need to open port UDP 4500 to set up a VPN behind a firewall", "Allow TCP port 443 to reach the
 * console": a port the reader must open, and what for. The purpose is what the question asks about
 * ("Which UDP port must be open to set up a VPN behind a firewall?"); a port named by the service that
 * listens on it is asked the other way (quantity-stem.ts).
 */
const OPENED_PORT =
  /\b(?:open|opens|opened|opening|allow|allows|allowed|unblock|permit)\s+(?:the\s+)?(?:(TCP|UDP)\s+)?ports?\s+(?:(TCP|UDP)\s+)?\d+(?:\s*\((?:TCP|UDP)\))?\s+(?:in order\s+)?to\s+(\p{Ll}[^.;:!?]{8,}?)\s*(?:[.;!]|$)/iu;

export interface PortPurpose {
  /** "TCP" or "UDP" when the notes name it, else undefined. */
  protocol?: string;
  /** What the port is opened for, as the notes word it: "set up a VPN behind a firewall". */
  purpose: string;
}

/** The protocol and purpose of a port the statement says to open, or undefined. */
export function portPurpose(text: string): PortPurpose | undefined {
  const m = OPENED_PORT.exec(text.replace(/\s+/g, ' '));
  if (!m) return undefined;
  const protocol = (m[1] ?? m[2])?.toUpperCase();
  return { ...(protocol ? { protocol } : {}), purpose: m[3]!.trim() };
}
