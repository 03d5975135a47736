package org.accordo.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** After switching language a person goes back to their page, never to another site. */
class AccountActionsTests {

  @ParameterizedTest(name = "''{0}'' goes to {1}")
  @CsvSource(
      nullValues = "-",
      textBlock =
          """
      /board,                 /board
      /board?customer=acme,   /board?customer=acme
      -,                      /
      https://evil.example/,  /
      //evil.example/,        /
      /\\evil.example,        /
      board,                  /
      """)
  void goesBackOnlyToAPathOfThisSite(String back, String target) {
    assertThat(AccountActions.localPath(back)).isEqualTo(target);
  }
}
