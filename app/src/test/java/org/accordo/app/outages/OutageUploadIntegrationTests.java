package org.accordo.app.outages;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Outages uploaded as CSV (the columns of {@code accordo report --outages}), on each database:
 * every bad line named with its number, all or nothing by default, the good lines only on request,
 * and the same file uploaded again creating nothing twice.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class OutageUploadIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;

  static final String GOOD =
      "service,from,to,cause,note,announced_at\n"
          + "servers,2026-02-10T09:00:00Z,2026-02-10T10:00:00Z,provider,\"switch, then router\",\n"
          + "servers,2026-02-08T01:00:00Z,2026-02-08T03:45:00Z,announced_maintenance,patching,"
          + "2026-02-01T09:00:00Z\n"
          + "backup,2026-02-12T14:00:00Z,2026-02-12T16:00:00Z,customer_caused,unplugged,\n";

  static final String WITH_BAD_LINES =
      "service,from,to,cause,note\n"
          + "servers,2026-02-10T09:00:00Z,2026-02-10T10:00:00Z,provider,switch\n"
          + "mail,2026-02-10T09:00:00Z,2026-02-10T10:00:00Z,provider,x\n"
          + "servers,2026-02-11T09:00:00Z,2026-02-11T10:00:00Z,provider,disk\n"
          + "servers,2026-02-12T09:00:00Z,2026-02-12T08:00:00Z,provider,x\n";

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private String customer;

  OutageUploadIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void customerWithContract() {
    server.clock().set(RunningServer.START);
    customer = fixtures.customerWithContract("upload");
  }

  private Api.Response upload(String csv, String query) {
    return api.post("/api/v1/customers/" + customer + "/outages/import" + query)
        .token(ADMIN)
        .body("text/csv", csv)
        .send();
  }

  private int stored() {
    return api.get("/api/v1/customers/" + customer + "/outages")
        .token(ADMIN)
        .send()
        .json()
        .path("total")
        .asInt();
  }

  @Test
  void aFileWithBadLinesIsRefusedWholeNamingEveryBadLine() {
    Api.Response refused = upload(WITH_BAD_LINES, "");

    JsonNode problem = assertProblem(refused, 422);
    assertThat(problem.path("type").asString()).isEqualTo("urn:accordo:problem:invalid-outages");
    assertThat(problem.path("detail").asString())
        .startsWith("line 3: 'mail' is not a service of the contract in force on 2026-02-10")
        .endsWith("(and 1 more bad lines); nothing was stored");
    assertThat(problem.path("refused_lines").asInt()).isEqualTo(2);
    assertThat(problem.path("errors").valueStream().map(e -> e.path("line").asInt()))
        .containsExactly(3, 5);
    assertThat(problem.path("errors").get(1).path("message").asString())
        .isEqualTo("'to' 2026-02-12T08:00:00Z is before 'from' 2026-02-12T09:00:00Z");
    assertThat(stored()).isZero();
  }

  @Test
  void onRequestTheGoodLinesAreStoredAndTheBadOnesReported() {
    Api.Response partial = upload(WITH_BAD_LINES, "?lines=valid");

    assertThat(partial.status()).as("%s", partial).isEqualTo(200);
    assertThat(partial.json().path("created").asInt()).isEqualTo(2);
    assertThat(partial.json().path("refused_lines").asInt()).isEqualTo(2);
    assertThat(partial.json().path("errors").valueStream().map(e -> e.path("line").asInt()))
        .containsExactly(3, 5);
    assertThat(stored()).isEqualTo(2);
  }

  @Test
  void theSameFileUploadedAgainCreatesNothingTwice() {
    Api.Response first = upload(GOOD, "");
    Api.Response second = upload(GOOD, "");
    Api.Response grown =
        upload(GOOD + "servers,2026-02-20T09:00:00Z,2026-02-20T09:30:00Z,provider,fan,\n", "");

    assertThat(first.json().path("created").asInt()).as("%s", first).isEqualTo(3);
    assertThat(second.json().path("created").asInt()).as("%s", second).isZero();
    assertThat(second.json().path("already_recorded").asInt()).isEqualTo(3);
    assertThat(grown.json().path("created").asInt()).isEqualTo(1);
    assertThat(grown.json().path("already_recorded").asInt()).isEqualTo(3);
    assertThat(stored()).isEqualTo(4);
    JsonNode maintenance =
        api.get("/api/v1/customers/" + customer + "/outages?cause=announced_maintenance")
            .token(ADMIN)
            .send()
            .json()
            .path("items")
            .get(0);
    assertThat(maintenance.path("announced_at").asString()).isEqualTo("2026-02-01T09:00:00Z");
  }

  @Test
  void aFileThatIsNotUtf8OrLacksItsHeaderIsRefused() {
    Api.Response latin1 =
        api.post("/api/v1/customers/" + customer + "/outages/import")
            .token(ADMIN)
            .body(
                "text/csv",
                HttpRequest.BodyPublishers.ofByteArray(
                    "service,from,to,cause,note\nservers,2026-02-10T09:00:00Z,2026-02-10T10:00:00Z,provider,caf\u00e9\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
            .send();
    Api.Response headless =
        upload("servers,2026-02-10T09:00:00Z,2026-02-10T10:00:00Z,provider,x\n", "");
    Api.Response badMode = upload(GOOD, "?lines=some");

    assertInvalidField(latin1, "body");
    assertThat(assertProblem(headless, 422).path("errors").get(0).path("line").asInt())
        .isEqualTo(1);
    assertInvalidField(badMode, "lines");
    assertThat(stored()).isZero();
  }

  @Test
  void aCustomerTokenUploadsNothing() {
    String own = fixtures.customerToken(customer);

    Api.Response refused =
        api.post("/api/v1/customers/" + customer + "/outages/import")
            .token(own)
            .body("text/csv", GOOD)
            .send();

    assertProblem(refused, 403);
    assertThat(stored()).isZero();
  }
}
