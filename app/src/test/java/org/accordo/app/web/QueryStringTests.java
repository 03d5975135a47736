package org.accordo.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accordo.app.refusal.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A query string read as the servlet container reads it, refusing what it would fail on. */
class QueryStringTests {

  @Test
  void readsNamesAndValuesAsTheContainerDoes() {
    assertThat(QueryString.parse("a=1&&b=x+y&c&d=%C3%A9%2B&e="))
        .containsExactly(
            new QueryString.Parameter("a", "1"),
            new QueryString.Parameter("b", "x y"),
            new QueryString.Parameter("c", ""),
            new QueryString.Parameter("d", "é+"),
            new QueryString.Parameter("e", ""));
  }

  @Test
  void readsNoParametersFromNoQuery() {
    assertThat(QueryString.parse(null)).isEmpty();
    assertThat(QueryString.parse("")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # query           | field | rule
      x=%0AFORGED%ff    | x     | is not percent-encoded UTF-8 (e.g. %ff is no UTF-8 byte)
      x=%c3%28          | x     | is not percent-encoded UTF-8 (e.g. %ff is no UTF-8 byte)
      x=%ED%A0%80       | x     | is not percent-encoded UTF-8 (e.g. %ff is no UTF-8 byte)
      x=%zz             | x     | has a '%' that is not followed by two hex digits
      x=%f              | x     | has a '%' that is not followed by two hex digits
      x=100%            | x     | has a '%' that is not followed by two hex digits
      %ff=1             | query | is not percent-encoded UTF-8 (e.g. %ff is no UTF-8 byte)
      x=é               | x     | has a character that is not percent-encoded
      """)
  void refusesWhatCannotBeDecodedNamingTheParameter(String query, String field, String rule) {
    assertThatThrownBy(() -> QueryString.parse(query))
        .isInstanceOfSatisfying(
            InvalidField.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.reason()).isEqualTo(rule);
            });
  }

  @Test
  void refusesMoreThanAHundredParameters() {
    assertThat(QueryString.parse("a=1&".repeat(100))).hasSize(100);
    assertThatThrownBy(() -> QueryString.parse("a=1&".repeat(101)))
        .hasMessage("query: has more than 100 parameters");
  }
}
