package org.accordo.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sign-in page's notice follows the parameter the last step left. */
class SignInNoticeTests {

  @Test
  void readsTheNoticeOfItsParameter() {
    assertThat(SignInNotice.of(Set.of("failed"))).isEqualTo(SignInNotice.FAILED);
    assertThat(SignInNotice.of(Set.of("throttled")).problem()).isTrue();
    assertThat(SignInNotice.of(Set.of("signedout")).problem()).isFalse();
    assertThat(SignInNotice.of(Set.of())).isNull();
    assertThat(SignInNotice.of(Set.of("continue"))).isNull();
  }
}
