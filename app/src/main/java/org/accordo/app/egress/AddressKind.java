package org.accordo.app.egress;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of address the egress policy refuses by default, each with its blocks (IANA's special
 * purpose registries). An IPv6 address that carries an IPv4 address (mapped {@code ::ffff:0:0/96},
 * compatible {@code ::/96}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) is of the kind of
 * the IPv4 address it carries.
 */
public enum AddressKind {
  UNSPECIFIED("an unspecified address", "0.0.0.0/8", "::/128"),
  LOOPBACK("a loopback address", "127.0.0.0/8", "::1/128"),
  PRIVATE(
      "a private address",
      "10.0.0.0/8",
      "172.16.0.0/12",
      "192.168.0.0/16",
      "fc00::/7",
      "fec0::/10"),
  SHARED("a shared (carrier-grade NAT) address", "100.64.0.0/10"),
  LINK_LOCAL("a link-local address", "169.254.0.0/16", "fe80::/10"),
  MULTICAST("a multicast address", "224.0.0.0/4", "ff00::/8"),
  RESERVED(
      "a reserved address",
      "192.0.0.0/24",
      "192.0.2.0/24",
      "198.18.0.0/15",
      "198.51.100.0/24",
      "203.0.113.0/24",
      "240.0.0.0/4",
      "100::/64",
      "2001:db8::/32");

  private final String description;
  private final List<Cidr> blocks;

  AddressKind(String description, String... blocks) {
    this.description = description;
    this.blocks = Arrays.stream(blocks).map(Cidr::parse).toList();
  }

  /** For people: "a loopback address". */
  public String description() {
    return description;
  }

  /** The blocks of this kind. */
  public List<Cidr> blocks() {
    return blocks;
  }

  /** The refused kind of {@code address}, or empty for an address the policy permits. */
  public static Optional<AddressKind> of(InetAddress address) {
    InetAddress judged = embeddedIpv4(address).orElse(address);
    for (AddressKind kind : values()) {
      if (kind.blocks.stream().anyMatch(block -> block.contains(judged))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any. */
  static Optional<InetAddress> embeddedIpv4(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return Optional.empty();
    }
    byte[] b = address.getAddress();
    if (b[0] == 0x20 && b[1] == 0x02) {
      return Optional.of(ipv4(b, 2));
    }
    boolean zeroTen = allZero(b, 0, 10);
    boolean mapped = zeroTen && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    boolean unspecifiedOrLoopback = allZero(b, 0, 15) && (b[15] == 0 || b[15] == 1);
    boolean compatible = zeroTen && b[10] == 0 && b[11] == 0 && !unspecifiedOrLoopback;
    boolean nat64 =
        b[0] == 0
            && b[1] == 0x64
            && b[2] == (byte) 0xff
            && b[3] == (byte) 0x9b
            && allZero(b, 4, 12);
    return mapped || compatible || nat64 ? Optional.of(ipv4(b, 12)) : Optional.empty();
  }

  private static boolean allZero(byte[] b, int fromInclusive, int toExclusive) {
    for (int i = fromInclusive; i < toExclusive; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static InetAddress ipv4(byte[] b, int offset) {
    try {
      return InetAddress.getByAddress(Arrays.copyOfRange(b, offset, offset + 4));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
