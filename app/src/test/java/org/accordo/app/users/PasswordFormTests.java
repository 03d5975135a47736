package org.accordo.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "choose your password" form names the first thing wrong with what was typed. */
class PasswordFormTests {

  @ParameterizedTest(name = "''{0}'' then ''{1}'': {2}")
  @CsvSource(
      nullValues = "-",
      textBlock =
          """
      a long enough one, a long enough one, -
      short,             short,             TOO_SHORT
      -,                 -,                 TOO_SHORT
      a long enough one, a long enough on,  MISMATCH
      a long enough one, -,                 MISMATCH
      """)
  void namesTheFirstProblem(String password, String repeat, PasswordForm.Problem problem) {
    assertThat(PasswordForm.problemOf(password, repeat, 12)).isEqualTo(problem);
  }
}
