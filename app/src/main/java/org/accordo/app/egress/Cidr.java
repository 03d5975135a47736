package org.accordo.app.egress;

import java.net.InetAddress;
import java.util.Objects;

/**
 * A block of addresses written {@code address/prefix} ({@code 10.20.0.0/16}, {@code fd00::/8}); an
 * address alone is a block of one.
 *
 * @param network the block's first address (its bits past the prefix are ignored)
 * @param prefixLength how many leading bits every address of the block shares: 0 to 32 for IPv4, 0
 *     to 128 for IPv6
 */
public record Cidr(InetAddress network, int prefixLength) {

  public Cidr {
    Objects.requireNonNull(network, "network");
    int bits = network.getAddress().length * 8;
    if (prefixLength < 0 || prefixLength > bits) {
      throw new IllegalArgumentException(
          "a prefix of "
              + network.getHostAddress()
              + " must be 0 to "
              + bits
              + ", was "
              + prefixLength);
    }
  }

  /**
   * Reads {@code 192.168.10.0/24}, {@code fd12::/16} or a single address.
   *
   * @throws IllegalArgumentException naming the text when it is not an address block
   */
  public static Cidr parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    int slash = trimmed.indexOf('/');
    String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
    InetAddress network =
        IpLiterals.numeric(address)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "'" + text + "' is not an address block such as 10.20.0.0/16 or fd00::/8"));
    int bits = network.getAddress().length * 8;
    if (slash < 0) {
      return new Cidr(network, bits);
    }
    String prefix = trimmed.substring(slash + 1);
    if (!prefix.matches("[0-9]{1,3}")) {
      throw new IllegalArgumentException(
          "'" + text + "' has no prefix length of 0 to " + bits + " after the '/'");
    }
    return new Cidr(network, Integer.parseInt(prefix));
  }

  /** True when {@code address} is of the same family and shares the block's leading bits. */
  public boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    byte[] block = network.getAddress();
    if (candidate.length != block.length) {
      return false;
    }
    int whole = prefixLength / 8;
    for (int i = 0; i < whole; i++) {
      if (candidate[i] != block[i]) {
        return false;
      }
    }
    int rest = prefixLength % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (candidate[whole] & mask) == (block[whole] & mask);
  }

  @Override
  public String toString() {
    return network.getHostAddress() + "/" + prefixLength;
  }
}
