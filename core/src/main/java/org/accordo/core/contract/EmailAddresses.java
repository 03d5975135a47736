package org.accordo.core.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * The practical rule for the e-mail addresses a contract gives (contacts, escalation levels, e-mail
 * channels): {@code local@domain}, at most 254 characters; the local part 1 to 64 of the letters,
 * digits and {@code !#$%&'*+/=?^_`{|}~-} of RFC 5322's dot-atom, with single dots between them; the
 * domain two or more labels of letters, digits and inner hyphens, 1 to 63 characters each. Quoted
 * local parts, IP literals and non-ASCII addresses are refused (write an international domain in
 * its {@code xn--} form). Checked in one pass over the characters, after the length limit: linear
 * in the address, whatever it holds.
 */
public final class EmailAddresses {

  /** The longest address: a mail path of 256 characters less the angle brackets. */
  public static final int MAX_LENGTH = 254;

  private static final int MAX_LOCAL = 64;
  private static final int MAX_LABEL = 63;
  private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

  private EmailAddresses() {}

  /**
   * Why {@code address} is not an e-mail address by this rule, or empty when it is one.
   *
   * @param address the address as written; not null
   */
  public static Optional<String> problem(String address) {
    Objects.requireNonNull(address, "address");
    if (address.length() > MAX_LENGTH) {
      return Optional.of("it is longer than " + MAX_LENGTH + " characters");
    }
    int at = address.indexOf('@');
    if (at < 0 || address.indexOf('@', at + 1) >= 0) {
      return Optional.of("it needs exactly one @");
    }
    return local(address.substring(0, at)).or(() -> domain(address.substring(at + 1)));
  }

  private static Optional<String> local(String local) {
    if (local.isEmpty() || local.length() > MAX_LOCAL) {
      return Optional.of("the part before @ must have 1 to " + MAX_LOCAL + " characters");
    }
    char previous = '.';
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      if (c == '.'
          ? previous == '.'
          : !(isAsciiLetterOrDigit(c) || LOCAL_SYMBOLS.indexOf(c) >= 0)) {
        return Optional.of(
            c == '.'
                ? "the part before @ has a dot at its start or next to another"
                : "the part before @ has a character an address cannot have: " + shown(c));
      }
      previous = c;
    }
    return previous == '.' ? Optional.of("the part before @ ends with a dot") : Optional.empty();
  }

  private static Optional<String> domain(String domain) {
    int labels = 0;
    int start = 0;
    for (int i = 0; i <= domain.length(); i++) {
      if (i == domain.length() || domain.charAt(i) == '.') {
        Optional<String> problem = label(domain, start, i);
        if (problem.isPresent()) {
          return problem;
        }
        labels++;
        start = i + 1;
      } else if (!isAsciiLetterOrDigit(domain.charAt(i)) && domain.charAt(i) != '-') {
        return Optional.of(
            "the domain has a character an address cannot have: " + shown(domain.charAt(i)));
      }
    }
    return labels < 2 ? Optional.of("the domain needs a dot, e.g. example.com") : Optional.empty();
  }

  private static Optional<String> label(String domain, int start, int end) {
    if (end == start || end - start > MAX_LABEL) {
      return Optional.of(
          "each part of the domain between dots must have 1 to " + MAX_LABEL + " characters");
    }
    if (domain.charAt(start) == '-' || domain.charAt(end - 1) == '-') {
      return Optional.of("a part of the domain starts or ends with a hyphen");
    }
    return Optional.empty();
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String shown(char c) {
    return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }
}
