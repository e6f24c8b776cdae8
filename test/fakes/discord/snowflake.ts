/** Discord's epoch (2015-01-01) in ms; snowflakes carry their creation time since then in the top bits. */
const discordEpoch = 1_420_070_400_000n;
let increment = 0n;

/** A fresh, valid snowflake for now (discord.js reads creation times out of ids, so they must be real). */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - discordEpoch) << 22n) | (1n << 17n) | increment).toString();
}
