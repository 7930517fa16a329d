// Which addresses a moderator-supplied URL may reach: public unicast only. Loopback, private,
// link-local (the cloud metadata service at 169.254.169.254), multicast, unspecified and the other
// special ranges are refused, for IPv4, IPv6 and IPv4 written as IPv6 (::ffff:127.0.0.1).
import ipaddr from 'ipaddr.js';

const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private network address',
  uniqueLocal: 'a private network address',
  linkLocal: 'a link-local address',
  multicast: 'a multicast address',
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  carrierGradeNat: 'a shared (carrier-grade NAT) address',
};

/** Why `address` may not be fetched from, or undefined for a public address. */
export function nonPublicAddress(address: string): string | undefined {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6 = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  if (range === 'unicast') return undefined;
  return RANGE_NAMES[range] ?? `a reserved address (${range})`;
}
