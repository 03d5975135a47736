package org.accordo.app.egress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** URL credentials are masked wherever a URL appears in a text. */
class UrlCredentialsTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://svcuser:S3cretPW@127.0.0.1:18299/x | http://svcuser:***@127.0.0.1:18299/x",
        "cannot reach https://a:b@psa.example/hook: refused | cannot reach https://a:***@psa.example/hook: refused",
        "https://token123@psa.example/hook | https://***@psa.example/hook", // a user alone is often
        // a token
        "http://u:p@ss@host/x | http://u:***@host/x", // an unencoded @ in the password
        "https://psa.example/hook?user=a@b | https://psa.example/hook?user=a@b", // no user info
        "two: http://a:1@x/ and http://b:2@y/ | two: http://a:***@x/ and http://b:***@y/",
      })
  void masksEveryUrlsCredentials(String text, String masked) {
    assertThat(UrlCredentials.masked(text)).isEqualTo(masked);
  }
}
