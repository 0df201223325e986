package org.sitrep.watch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a fetch may not reach unless private addresses are allowed: loopback, private
 * (RFC 1918, IPv6 unique local), carrier-grade NAT, link-local, multicast, unspecified and
 * broadcast, in IPv4 and IPv6 (IPv4-mapped and NAT64 addresses by the IPv4 address they carry). A
 * server that fetches what a user names must not become a way into the network it runs in.
 */
final class Addresses {
  private Addresses() {}

  /** Why the address is not public (a few words), or null when it is. */
  static String notPublic(InetAddress a) {
    if (a.isLoopbackAddress()) return "loopback";
    if (a.isAnyLocalAddress()) return "unspecified";
    if (a.isLinkLocalAddress()) return "link-local";
    if (a.isMulticastAddress()) return "multicast";
    if (a.isSiteLocalAddress()) return "private";
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) return notPublicV4(b);
    if (a instanceof Inet6Address) {
      int first = b[0] & 0xFF;
      if ((first & 0xFE) == 0xFC) return "private"; // fc00::/7 unique local
      if (first == 0xFE && (b[1] & 0xC0) == 0x80) return "link-local"; // fe80::/10
      // ::a.b.c.d (IPv4-compatible), 64:ff9b::a.b.c.d (NAT64)
      boolean compatible = true;
      for (int i = 0; i < 12; i++) compatible &= b[i] == 0;
      boolean nat64 =
          (b[0] & 0xFF) == 0x00
              && (b[1] & 0xFF) == 0x64
              && (b[2] & 0xFF) == 0xFF
              && (b[3] & 0xFF) == 0x9B;
      for (int i = 4; i < 12 && nat64; i++) nat64 = b[i] == 0;
      if (compatible || nat64) {
        byte[] v4 = {b[12], b[13], b[14], b[15]};
        try {
          return notPublic(InetAddress.getByAddress(v4));
        } catch (java.net.UnknownHostException e) {
          return "unreadable";
        }
      }
    }
    return null;
  }

  private static String notPublicV4(byte[] b) {
    int a0 = b[0] & 0xFF, a1 = b[1] & 0xFF;
    if (a0 == 0) return "unspecified";
    if (a0 == 100 && (a1 & 0xC0) == 64) return "private"; // 100.64.0.0/10, carrier-grade NAT
    if (a0 == 192 && a1 == 0 && (b[2] & 0xFF) == 0) return "private"; // 192.0.0.0/24
    if (a0 == 198 && (a1 & 0xFE) == 18) return "private"; // 198.18.0.0/15
    if (a0 >= 240) return "reserved"; // 240.0.0.0/4 and the broadcast address
    return null;
  }
}
