package org.accordo.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "marco@bianchi.example",
        // the symbols of a dot-atom, and dots between its parts
        "first.last+tag!#$%&'*/=?^_`{|}~-@mail.bianchi.example",
        // an international domain in its ASCII form, digits and inner hyphens in labels
        "info@xn--caff-9na.example",
        "a@b-2.c3",
      })
  void acceptsPracticalAddresses(String address) {
    assertThat(EmailAddresses.problem(address)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # no @, or two
      marco.bianchi.example      | it needs exactly one @
      marco@@bianchi.example     | it needs exactly one @
      # nothing before @
      @bianchi.example           | the part before @ must have 1 to 64 characters
      # dots at the edges or doubled
      .marco@bianchi.example     | the part before @ has a dot at its start or next to another
      marco..b@bianchi.example   | the part before @ has a dot at its start or next to another
      marco.@bianchi.example     | the part before @ ends with a dot
      # spaces, quotes, brackets and non-ASCII letters are not in a dot-atom
      marco b@bianchi.example    | the part before @ has a character an address cannot have: ' '
      "marco"@bianchi.example    | the part before @ has a character an address cannot have: '\"'
      marcò@bianchi.example      | the part before @ has a character an address cannot have: U+00F2
      # a domain without a dot, with an empty label, a hyphen at an edge, a bad character
      marco@bianchi              | the domain needs a dot, e.g. example.com
      marco@bianchi..example     | each part of the domain between dots must have 1 to 63 characters
      marco@bianchi.example.     | each part of the domain between dots must have 1 to 63 characters
      marco@-bianchi.example     | a part of the domain starts or ends with a hyphen
      marco@bianchi_srl.example  | the domain has a character an address cannot have: '_'
      marco@[192.0.2.1]          | the domain has a character an address cannot have: '['
      """)
  void refusesWithTheReason(String address, String reason) {
    assertThat(EmailAddresses.problem(address)).contains(reason);
  }

  @org.junit.jupiter.api.Test
  void refusesOverlongPartsAndAddresses() {
    assertThat(EmailAddresses.problem("a".repeat(65) + "@bianchi.example"))
        .contains("the part before @ must have 1 to 64 characters");
    assertThat(EmailAddresses.problem("marco@" + "b".repeat(64) + ".example"))
        .contains("each part of the domain between dots must have 1 to 63 characters");
    // 255 characters: 64 + @ + 63 + . + 63 + . + 62
    String tooLong =
        "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(62);
    assertThat(tooLong).hasSize(255);
    assertThat(EmailAddresses.problem(tooLong)).contains("it is longer than 254 characters");
    assertThat(EmailAddresses.problem(tooLong.substring(1))).isEmpty();
    // a 100,000-character value is refused by its length before anything else looks at it
    assertThat(EmailAddresses.problem("@".repeat(100_000)))
        .contains("it is longer than 254 characters");
  }
}
