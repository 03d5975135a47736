package org.accordo.app.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.accordo.app.refusal.Excerpt;

/**
 * Host names that are addresses without asking DNS: IPv6 literals (with or without brackets), IPv4
 * in every form the C library's {@code inet_aton} reads ({@code 127.0.0.1}, {@code 127.1}, {@code
 * 2130706433}, {@code 0x7f.1}, {@code 017700000001}: what a receiving stack would connect to, so
 * what the policy must judge), and {@code localhost} with its subdomains (RFC 6761: always the
 * loopback addresses, whatever DNS says).
 */
final class IpLiterals {

  private static final Pattern DOTTED_QUAD = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+(%[0-9a-z._-]+)?");
  private static final Pattern NUMERIC_PART = Pattern.compile("0x[0-9a-f]*|[0-9]+");
  private static final long[] LIMITS = {0xffffffffL, 0xffffffL, 0xffffL, 0xffL};

  private IpLiterals() {}

  /**
   * The addresses {@code host} stands for without DNS, or empty when it is a name to resolve.
   *
   * @param host a URL's host: {@code [::1]}, {@code ::1}, {@code 10.0.0.1}, {@code 2130706433},
   *     {@code localhost}, {@code example.com}
   * @throws UnknownHostException when it looks like an address but is not a valid one (such as
   *     {@code 256.1.1.1} or {@code 09.1})
   */
  static Optional<List<InetAddress>> addresses(String host) throws UnknownHostException {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".") && h.length() > 1) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.contains(":")) {
      return Optional.of(List.of(ipv6(h)));
    }
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return Optional.of(
          List.of(
              InetAddress.getByAddress(h, new byte[] {127, 0, 0, 1}),
              InetAddress.getByAddress(h, ipv6Loopback())));
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length > 4 || !allNumeric(parts)) {
      return Optional.empty();
    }
    return Optional.of(List.of(inetAton(h, parts)));
  }

  /**
   * A plain address as written in settings: a dotted quad or an IPv6 literal; empty otherwise
   * (never a DNS lookup).
   */
  static Optional<InetAddress> numeric(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    try {
      if (DOTTED_QUAD.matcher(t).matches()) {
        return Optional.of(inetAton(t, t.split("\\.")));
      }
      if (t.contains(":")) {
        return Optional.of(ipv6(t));
      }
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static InetAddress ipv6(String text) throws UnknownHostException {
    if (!IPV6.matcher(text).matches()) {
      throw new UnknownHostException("'" + Excerpt.of(text) + "' is not a valid IPv6 address");
    }
    // a text with ':' is parsed as a literal by the JDK, never looked up
    return InetAddress.getByName(text);
  }

  private static boolean allNumeric(String[] parts) {
    for (String part : parts) {
      if (!NUMERIC_PART.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  /** inet_aton: 1 to 4 parts, decimal, octal (leading 0) or hex (0x); the last fills the rest. */
  private static InetAddress inetAton(String host, String[] parts) throws UnknownHostException {
    long value = 0;
    for (int i = 0; i < parts.length; i++) {
      long part = part(host, parts[i]);
      boolean last = i == parts.length - 1;
      long limit = last ? LIMITS[i] : 0xff;
      if (part > limit) {
        throw new UnknownHostException("'" + Excerpt.of(host) + "' is not a valid IPv4 address");
      }
      value = last ? (value << (8 * (4 - i))) | part : (value << 8) | part;
    }
    byte[] bytes = {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
    return InetAddress.getByAddress(host, bytes);
  }

  private static long part(String host, String part) throws UnknownHostException {
    try {
      if (part.startsWith("0x")) {
        return part.length() == 2 ? 0 : Long.parseLong(part.substring(2), 16);
      }
      if (part.length() > 1 && part.startsWith("0")) {
        return Long.parseLong(part.substring(1), 8);
      }
      return Long.parseLong(part);
    } catch (NumberFormatException e) {
      throw new UnknownHostException("'" + Excerpt.of(host) + "' is not a valid IPv4 address");
    }
  }

  private static byte[] ipv6Loopback() {
    byte[] bytes = new byte[16];
    bytes[15] = 1;
    return bytes;
  }
}
