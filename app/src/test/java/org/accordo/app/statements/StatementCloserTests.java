package org.accordo.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A statement's row and credit lines are written from its JSON's {@code credits} alone, read
 * without the rest ({@link StatementCloser#creditsOf}): the same {@code credits} the whole tree
 * has.
 */
class StatementCloserTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void readsTheCreditsAfterTheClocksAsTheWholeTreeHasThem() {
    String json =
        """
        {"contract": "bianchi", "breaches": [{"ticket": "t1", "timeline": [{"credits": 1}]}],
         "open": [], "credits": {"currency": "EUR", "lines": [{"rule": "r1", "amount": "61.72",
         "clocks": [{"ticket": "t1"}]}], "total": "61.72", "final": true}, "contents": ["x"]}""";

    JsonNode read = StatementCloser.creditsOf(json.getBytes(StandardCharsets.UTF_8));

    assertThat(read.path("credits")).isEqualTo(JSON.readTree(json).path("credits"));
    assertThat(read.path("credits").path("total").asString()).isEqualTo("61.72");
  }

  @Test
  void readsNoCreditsFromAStatementWithout() {
    JsonNode read =
        StatementCloser.creditsOf(
            "{\"contract\": \"bianchi\", \"open\": [{\"a\": {}}]}"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(read.path("credits").isMissingNode()).isTrue();
  }
}
