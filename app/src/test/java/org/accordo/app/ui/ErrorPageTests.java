package org.accordo.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.accordo.app.render.Labels;
import org.accordo.core.contract.DocumentLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpStatus;

/** Every status has words on its error page, in every language. */
class ErrorPageTests {

  @ParameterizedTest(name = "{0} is told as {1}")
  @CsvSource({
    "NOT_FOUND, 404",
    "FORBIDDEN, 403",
    "TOO_MANY_REQUESTS, 429",
    // a client error without words of its own reads as "bad request"
    "UNSUPPORTED_MEDIA_TYPE, 400",
    // every server error reads as "internal"
    "SERVICE_UNAVAILABLE, 500"
  })
  void tellsAStatusByItsKind(HttpStatus status, String kind) {
    ErrorPage page = ErrorPage.of(status);

    assertThat(page.status()).isEqualTo(status.value());
    assertThat(page.titleKey()).isEqualTo("page.error." + kind + ".title");
  }

  @Test
  void saysWhyContentWasRefused() {
    ErrorPage page = ErrorPage.of(HttpStatus.UNPROCESSABLE_CONTENT, "the last admin stays admin");

    assertThat(page.status()).isEqualTo(422);
    assertThat(page.titleKey()).isEqualTo("page.error.422.title");
    assertThat(page.reason()).isEqualTo("the last admin stays admin");
    assertThat(ErrorPage.of(HttpStatus.NOT_FOUND).reason()).isNull();
  }

  @ParameterizedTest
  @EnumSource(HttpStatus.class)
  void hasWordsForEveryErrorStatusInEveryLanguage(HttpStatus status) {
    if (status.value() < 400) {
      return;
    }
    ErrorPage page = ErrorPage.of(status);
    for (DocumentLanguage language : DocumentLanguage.values()) {
      Labels labels = Labels.of(language);
      assertThat(labels.get(page.titleKey())).isNotBlank();
      assertThat(labels.get(page.textKey())).isNotBlank();
    }
  }
}
