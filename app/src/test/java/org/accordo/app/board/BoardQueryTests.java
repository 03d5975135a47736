package org.accordo.app.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.accordo.app.rca.OpenRca;
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

  @Test
  void showsTheRcasOwedOnTheFirstPageWithTheCustomerPriorityAndDueWithin() {
    OpenRca.Filter filter =
        BoardQuery.of("acme", "P1", null, "24", null)
            .rcaFilter(Instant.parse("2026-03-09T09:00:00Z"))
            .orElseThrow();

    assertThat(filter.customerId()).isEqualTo("acme");
    assertThat(filter.priority()).isEqualTo("P1");
    assertThat(filter.dueBefore()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
    assertThat(filter.limit()).isEqualTo(BoardQuery.RCAS_SHOWN + 1);
  }

  @Test
  void hidesTheRcasWhenAMetricIsAskedOrOnALaterPage() {
    assertThat(BoardQuery.of(null, null, "resolution", null, null).rcaFilter(Instant.EPOCH))
        .isEmpty();
    assertThat(BoardQuery.of(null, null, null, null, "1").rcaFilter(Instant.EPOCH)).isEmpty();
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
