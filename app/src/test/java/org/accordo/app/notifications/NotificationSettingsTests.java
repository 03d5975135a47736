package org.accordo.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The notifications settings as Spring binds them: defaults in one place, bad values refused. */
class NotificationSettingsTests {

  static NotificationSettings bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("accordo.notifications", NotificationSettings.class);
  }

  @Test
  void theDefaultsAreThoseTheReadmeLists() {
    NotificationSettings defaults = bind(Map.of());

    assertThat(defaults.dispatcher()).isEqualTo(NotificationSettings.Dispatcher.ON);
    assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(defaults.backoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofHours(1));
    assertThat(defaults.maxAttempts()).isEqualTo(8);
    assertThat(defaults.mailFrom()).isEqualTo("accordo@localhost");
    assertThat(defaults.deliveries()).isEqualTo(8);
    assertThat(defaults.perDestination()).isEqualTo(2);
    assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.deliveryTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.lease()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void readsTheKebabCaseKeysOfTheEnvironment() {
    NotificationSettings settings =
        bind(
            Map.of(
                "accordo.notifications.dispatcher", "off",
                "accordo.notifications.poll-interval", "200ms",
                "accordo.notifications.per-destination", "4"));

    assertThat(settings.dispatcher()).isEqualTo(NotificationSettings.Dispatcher.OFF);
    assertThat(settings.pollInterval()).isEqualTo(Duration.ofMillis(200));
    assertThat(settings.perDestination()).isEqualTo(4);
  }

  @Test
  void refusesValuesThatCannotWorkNamingTheSetting() {
    assertThatThrownBy(() -> bind(Map.of("accordo.notifications.max-attempts", "0")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("accordo.notifications.max-attempts must be at least 1, was 0");
    assertThatThrownBy(() -> bind(Map.of("accordo.notifications.per-destination", "9")))
        .rootCause()
        .hasMessageContaining("per-destination must be 1 to deliveries (8), was 9");
    assertThatThrownBy(() -> bind(Map.of("accordo.notifications.lease", "30s")))
        .rootCause()
        .hasMessageContaining("lease must be longer than delivery-timeout plus read-timeout");
    assertThatThrownBy(() -> bind(Map.of("accordo.notifications.backoff", "0s")))
        .rootCause()
        .hasMessageContaining("accordo.notifications.backoff must be positive");
  }
}
