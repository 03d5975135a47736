package org.accordo.app.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.accordo.app.refusal.InvalidField;
import org.accordo.core.policy.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The board's query string: blanks do not filter, unknown values are refused by name. */
class BoardQueryTests {

  @Test
  void blanksDoNotFilter() {
    BoardQuery query = BoardQuery.of("", " ", null, "", null);

    assertThat(query).isEqualTo(new BoardQuery(null, null, null, null, 0));
    assertThat(query.queryString()).isEmpty();
    assertThat(query.filter(Instant.EPOCH).dueBefore()).isNull();
  }

  @Test
  void readsEveryFilterAndWritesThemBackForTheOtherPages() {
    BoardQuery query = BoardQuery.of("acme & co", "P1", "first_response", "4", "2");

    assertThat(query.metric()).isEqualTo(Metric.FIRST_RESPONSE);
    assertThat(query.filter(Instant.parse("2026-03-09T09:00:00Z")).dueBefore())
        .isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
    assertThat(query.slice().offset()).isEqualTo(100);
    assertThat(query.slice().limit()).isEqualTo(BoardQuery.PAGE_SIZE + 1);
    assertThat(query.onPage(3).queryString())
        .isEqualTo("customer=acme%20%26%20co&priority=P1&metric=first_response&within=4&page=3");
    assertThat(query.onPage(0).queryString())
        .isEqualTo("customer=acme%20%26%20co&priority=P1&metric=first_response&within=4");
  }

  @ParameterizedTest(name = "{0}={1} is refused")
  @CsvSource({
    "metric, speed",
    "within, 5",
    "within, soon",
    "page, -1",
    "page, two",
  })
  void refusesAValueItDoesNotKnowNamingItsParameter(String parameter, String value) {
    assertThatThrownBy(
            () ->
                BoardQuery.of(
                    null,
                    null,
                    parameter.equals("metric") ? value : null,
                    parameter.equals("within") ? value : null,
                    parameter.equals("page") ? value : null))
        .isInstanceOfSatisfying(
            InvalidField.class, e -> assertThat(e.field()).isEqualTo(parameter));
  }
}
