/**
 * The networks `credo import --public-only` refuses to fetch from: the machine itself, private
 * networks, and link-local ones (where cloud metadata services answer). An address is checked
 * after DNS, on the address actually connected to, so a public-looking name that resolves to
 * 127.0.0.1 is refused too.
 */
import { BlockList, isIP } from "node:net";

export type NonPublicRange = "loopback" | "unspecified" | "private" | "shared" | "link-local";

/** Each range's subnets (address, prefix length); IPv4-mapped IPv6 addresses match the IPv4 ones. */
const RANGES: Record<NonPublicRange, [string, number][]> = {
  loopback: [
    ["127.0.0.0", 8],
    ["::1", 128],
  ],
  // Connecting to 0.0.0.0 or :: reaches the machine itself.
  unspecified: [
    ["0.0.0.0", 8],
    ["::", 128],
  ],
  private: [
    ["10.0.0.0", 8],
    ["172.16.0.0", 12],
    ["192.168.0.0", 16],
    ["fc00::", 7],
  ],
  // Carrier-grade NAT (RFC 6598): inside a provider's network, never the public internet.
  shared: [["100.64.0.0", 10]],
  "link-local": [
    ["169.254.0.0", 16],
    ["fe80::", 10],
  ],
};

const familyOf = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

const LISTS = Object.entries(RANGES).map(([range, subnets]) => {
  const list = new BlockList();
  for (const [network, prefix] of subnets) list.addSubnet(network, prefix, familyOf(network));
  return [range as NonPublicRange, list] as const;
});

/** The non-public range `address` (an IP address) is in, or undefined when it is public. */
export function nonPublicRange(address: string): NonPublicRange | undefined {
  return LISTS.find(([, list]) => list.check(address, familyOf(address)))?.[0];
}
