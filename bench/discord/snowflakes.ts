// Numeric Discord ids, unique within a test run (discord.js parses them as snowflakes).
const DISCORD_EPOCH = 1420070400000n;
let counter = 0n;

export function snowflake(): string {
  counter = (counter + 1n) % 4096n;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (BigInt(process.pid % 1024) << 12n) | counter);
}
