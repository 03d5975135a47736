package org.accordo.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.accordo.app.security.Role;
import org.accordo.core.contract.DocumentLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** A page's language: the reader's preference, else the browser's first known one, else English. */
class PageContextsTests {

  @ParameterizedTest(name = "preference {0}, Accept-Language {1}: {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # no preference: the browser's first language Accordo writes in
      -  | it-IT,it;q=0.9,en;q=0.8 | IT
      -  | de-DE,it;q=0.7,en;q=0.5 | IT
      -  | en-GB                   | EN
      # none Accordo writes in, or none at all: English
      -  | de-DE,fr;q=0.5          | EN
      -  | -                       | EN
      # a preference wins over the browser
      IT | en-GB                   | IT
      EN | it-IT                   | EN
      """)
  void choosesTheLanguageOfAPage(
      DocumentLanguage preference, String acceptLanguage, DocumentLanguage expected) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/board");
    if (acceptLanguage != null) {
      request.addHeader("Accept-Language", acceptLanguage);
    }
    Viewer viewer =
        new Viewer("u-1", "ada@example.com", "Ada", Role.AGENT, null, preference, ZoneId.of("UTC"));

    assertThat(PageContexts.language(viewer, request)).isEqualTo(expected);
  }
}
