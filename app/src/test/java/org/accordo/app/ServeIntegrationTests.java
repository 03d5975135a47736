package org.accordo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accordo.app.support.AllDatabases;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code accordo serve} starts on either store, reports health, and explains a failed start in one
 * line.
 */
class ServeIntegrationTests {

  @TempDir Path data;

  @AllDatabases
  void startsReportsHealthWithTheDatabaseStateAndGivesTheAddressOfItsApiDocs(TestDatabase database)
      throws Exception {
    ServerSettings settings = settingsFor(database);

    try (ConfigurableApplicationContext context = AccordoServer.start(settings)) {
      String port = context.getEnvironment().getProperty("local.server.port");
      HttpResponse<String> health = get("http://localhost:" + port + "/actuator/health");
      String line = AccordoServer.startLine(port, settings.describeDatabase(), "node-1");
      Matcher docs = Pattern.compile("; API docs: (http://localhost:\\d+/\\S+)$").matcher(line);

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"");
      assertThat(line).startsWith("Accordo is running at http://localhost:" + port + " (");
      assertThat(docs.find()).as(line).isTrue();
      HttpResponse<String> page = get(docs.group(1));
      assertThat(page.statusCode()).as("%s answers", docs.group(1)).isEqualTo(200);
      assertThat(page.body()).contains("swagger-ui");
    }
  }

  @Test
  void explainsInOneLineThatThePortIsTaken() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
      ServerSettings settings = new ServerSettings(taken.getLocalPort(), data, null, null, null);

      assertThatThrownBy(() -> AccordoServer.start(settings))
          .isInstanceOf(AccordoServer.ServerStartFailed.class)
          .hasMessage(
              "port "
                  + taken.getLocalPort()
                  + " is already in use; stop the other program or choose another port with --port");
    }
  }

  @Test
  void explainsInOneLineWhichSettingIsOutOfRange() {
    ServerSettings settings = new ServerSettings(0, data, null, null, null);

    assertThatThrownBy(
            () ->
                AccordoServer.start(
                    settings,
                    Map.of("accordo.events.lanes", "-1", "accordo.clocks.poll-interval", "0s")))
        .isInstanceOf(AccordoServer.ServerStartFailed.class)
        .hasMessageStartingWith("invalid setting: ")
        .hasMessageNotContaining("\n")
        .satisfiesAnyOf(
            e -> assertThat(e).hasMessageContaining("accordo.events.lanes (-1): must be"),
            e ->
                assertThat(e).hasMessageContaining("accordo.clocks.poll-interval (PT0S): must be"));
  }

  @Test
  void explainsInOneLineThatTheDatabaseCannotBeReached() throws IOException {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    ServerSettings settings =
        ServerSettings.fromEnvironment(
            0,
            data,
            Map.of(
                "ACCORDO_DB_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/accordo",
                "ACCORDO_DB_USER", "accordo",
                "ACCORDO_DB_PASSWORD", "secret"));

    assertThatThrownBy(() -> AccordoServer.start(settings))
        .isInstanceOf(AccordoServer.ServerStartFailed.class)
        .hasMessageStartingWith(
            "cannot use the database jdbc:postgresql://127.0.0.1:" + closedPort + "/accordo: ")
        .hasMessageNotContaining("\n")
        .hasMessageNotContaining("secret");
  }

  private ServerSettings settingsFor(TestDatabase database) {
    if (database == TestDatabase.H2) {
      return new ServerSettings(0, data, null, null, null);
    }
    TestDatabase.Connected pg = database.createEmpty();
    return ServerSettings.fromEnvironment(
        0,
        data,
        Map.of(
            "ACCORDO_DB_URL",
            pg.url(),
            "ACCORDO_DB_USER",
            pg.user(),
            "ACCORDO_DB_PASSWORD",
            pg.password()));
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
