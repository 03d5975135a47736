package org.accordo.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.accordo.app.AccordoServer;
import org.accordo.app.ServerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ACCORDO_ADMIN_EMAIL} on first start: the admin account is made and its link printed once;
 * a start that finds an enabled admin prints nothing.
 */
class FirstAdminTests {

  @TempDir Path data;

  @Test
  void makesTheFirstAdminOnceAndPrintsItsLink() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    try (ConfigurableApplicationContext context =
        AccordoServer.startTask(ServerSettings.fromEnvironment(0, data, Map.of()))) {
      People people = context.getBean(People.class);

      new FirstAdmin(people, "first@example.com", out).run(null);
      String first = printed.toString(StandardCharsets.UTF_8);
      new FirstAdmin(people, "first@example.com", out).run(null);

      assertThat(first)
          .startsWith("Accordo made the admin account first@example.com.")
          .contains("/password?token=");
      assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(first);
      assertThat(people.hasAdmin()).isTrue();
    }
  }

  @Test
  void doesNothingWithoutAnAddress() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (ConfigurableApplicationContext context =
        AccordoServer.startTask(ServerSettings.fromEnvironment(0, data, Map.of()))) {
      People people = context.getBean(People.class);

      new FirstAdmin(people, " ", new PrintStream(printed, true, StandardCharsets.UTF_8)).run(null);

      assertThat(printed.size()).isZero();
      assertThat(people.hasAdmin()).isFalse();
    }
  }
}
