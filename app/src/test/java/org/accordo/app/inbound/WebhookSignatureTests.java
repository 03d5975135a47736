package org.accordo.app.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The signature header of the inbound webhook. */
class WebhookSignatureTests {

  private static final String HEX =
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

  @Test
  void parsesTheTimestampAndEverySignature() {
    WebhookSignature parsed =
        WebhookSignature.parse("t=1772442000, v1=" + HEX + ",v1=" + "B".repeat(64)).orElseThrow();

    assertThat(parsed.timestamp()).isEqualTo(1_772_442_000L);
    assertThat(parsed.signatures()).containsExactly(HEX, "b".repeat(64));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "", // nothing
        "v1=aaaa", // no timestamp, and too short a signature
        "t=1772442000", // no signature
        "t=soon,v1=" + HEX, // not a number
        "t=1772442000,v1=g"
            + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", // not hex
        "t=1772442000;v1=" + HEX, // wrong separator
        "sha256=" + HEX // another scheme
      })
  void refusesAMalformedHeader(String header) {
    assertThat(WebhookSignature.parse(header)).isEmpty();
  }

  @Test
  void matchesOnlyTheSignatureOfTheExactBodyAndTimestamp() {
    byte[] body = "{\"type\":\"created\"}".getBytes(StandardCharsets.UTF_8);
    String secret = "whsec-0123456789abcdefghijklmnopqrstuv";
    String good = WebhookSignature.sign(secret, 1_772_442_000L, body);

    assertThat(
            WebhookSignature.parse("t=1772442000,v1=" + HEX + ",v1=" + good)
                .orElseThrow()
                .matching(secret, body))
        .contains(good);
    assertThat(
            WebhookSignature.parse("t=1772442001,v1=" + good).orElseThrow().matching(secret, body))
        .isEmpty();
    assertThat(
            WebhookSignature.parse("t=1772442000,v1=" + good)
                .orElseThrow()
                .matching(secret, "{\"type\":\"created\" }".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(
            WebhookSignature.parse("t=1772442000,v1=" + good)
                .orElseThrow()
                .matching(secret + "x", body))
        .isEmpty();
  }
}
