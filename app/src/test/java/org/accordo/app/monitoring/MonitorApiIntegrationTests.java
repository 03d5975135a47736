package org.accordo.app.monitoring;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The monitors API on each database: monitors of a customer's contract services, every bad field a
 * {@code 400} naming it with nothing stored, literal addresses of every range the egress policy
 * refuses refused at creation (the test servers allow 127.0.0.1 only), a customer seeing only its
 * own, every change audited.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class MonitorApiIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final String HTTP =
      "{\"service\": \"servers\", \"kind\": \"http\", \"url\": \"http://127.0.0.1:8080/health\","
          + " \"expected_statuses\": [200, 204], \"keyword\": \"ok\", \"interval_seconds\": 60,"
          + " \"timeout_seconds\": 5}";

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private String customer;

  MonitorApiIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void customerWithContract() {
    server.clock().set(RunningServer.START);
    customer = fixtures.customerWithContract("monitored");
  }

  private Api.Response create(String body) {
    return api.post("/api/v1/customers/" + customer + "/monitors")
        .token(fixtures.agentToken())
        .json(body)
        .send();
  }

  private long stored() {
    return server
        .jdbc()
        .sql("SELECT COUNT(*) FROM monitor WHERE customer_id = :c")
        .param("c", customer)
        .query(Long.class)
        .single();
  }

  @Test
  void anHttpMonitorIsCreatedWithItsDefaultsAndReadBack() {
    Api.Response created = create(HTTP);

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonNode body = created.json();
    assertThat(body.path("kind").asString()).isEqualTo("http");
    assertThat(body.path("method").asString()).isEqualTo("GET");
    assertThat(body.path("keyword_rule").asString()).isEqualTo("present");
    assertThat(body.path("confirm_after").asInt()).isEqualTo(2);
    assertThat(body.path("recover_after").asInt()).isEqualTo(1);
    assertThat(body.path("active").asBoolean()).isTrue();
    String id = body.path("id").asString();
    assertThat(created.header("Location"))
        .isEqualTo("/api/v1/customers/" + customer + "/monitors/" + id);
    JsonNode read =
        api.get("/api/v1/customers/" + customer + "/monitors/" + id).token(ADMIN).send().json();
    assertThat(read.path("url").asString()).isEqualTo("http://127.0.0.1:8080/health");
    assertThat(read.path("expected_statuses").valueStream().map(JsonNode::asInt))
        .containsExactly(200, 204);
    assertThat(read.path("timeout_seconds").asLong()).isEqualTo(5);
  }

  @Test
  void tcpAndTlsMonitorsAreCreated() {
    Api.Response tcp =
        create(
            "{\"service\": \"servers\", \"kind\": \"tcp\", \"host\": \"db.bianchi.example\","
                + " \"port\": 5432}");
    Api.Response tls =
        create(
            "{\"service\": \"servers\", \"kind\": \"tls\", \"host\": \"www.bianchi.example\","
                + " \"port\": 443, \"warn_days\": 21}");

    assertThat(tcp.status()).as("%s", tcp).isEqualTo(201);
    assertThat(tcp.json().path("port").asInt()).isEqualTo(5432);
    assertThat(tls.status()).as("%s", tls).isEqualTo(201);
    assertThat(tls.json().path("warn_days").asInt()).isEqualTo(21);
    assertThat(tls.json().path("timeout_seconds").asLong()).isEqualTo(10);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the interval below accordo.monitoring.min-interval (30 s)
        "interval_seconds | \"kind\": \"tcp\", \"host\": \"h.example\", \"port\": 1, \"interval_seconds\": 29",
        // a timeout not below the interval
        "timeout_seconds | \"kind\": \"tcp\", \"host\": \"h.example\", \"port\": 1, \"interval_seconds\": 30, \"timeout_seconds\": 30",
        "port | \"kind\": \"tcp\", \"host\": \"h.example\", \"port\": 0",
        "port | \"kind\": \"tls\", \"host\": \"h.example\", \"port\": 65536",
        "port | \"kind\": \"tcp\", \"host\": \"h.example\"",
        "host | \"kind\": \"tcp\", \"host\": \"h example\", \"port\": 1",
        "kind | \"kind\": \"ping\", \"host\": \"h.example\"",
        // only http and https, absolute
        "url | \"kind\": \"http\", \"url\": \"ftp://h.example/\"",
        "url | \"kind\": \"http\", \"url\": \"/health\"",
        "url | \"kind\": \"http\", \"url\": \"file:///etc/passwd\"",
        "url | \"kind\": \"http\", \"url\": \"http://user:secret@h.example/\"",
        "method | \"kind\": \"http\", \"url\": \"http://h.example/\", \"method\": \"POST\"",
        "keyword | \"kind\": \"http\", \"url\": \"http://h.example/\", \"method\": \"HEAD\", \"keyword\": \"ok\"",
        "expected_statuses | \"kind\": \"http\", \"url\": \"http://h.example/\", \"expected_statuses\": [99]",
        "keyword_rule | \"kind\": \"http\", \"url\": \"http://h.example/\", \"keyword\": \"x\", \"keyword_rule\": \"maybe\"",
        // a field of another kind is refused, not ignored
        "host | \"kind\": \"http\", \"url\": \"http://h.example/\", \"host\": \"h.example\"",
        "url | \"kind\": \"tcp\", \"url\": \"http://h.example/\", \"host\": \"h.example\", \"port\": 1",
        "confirm_after | \"kind\": \"tcp\", \"host\": \"h.example\", \"port\": 1, \"confirm_after\": 0",
        "warn_days | \"kind\": \"tls\", \"host\": \"h.example\", \"port\": 443, \"warn_days\": -1",
      })
  void aBadFieldIsRefusedByNameAndNothingIsStored(String field, String rest) {
    Api.Response refused = create("{\"service\": \"servers\", " + rest + "}");

    assertInvalidField(refused, field);
    assertThat(stored()).isZero();
  }

  @Test
  void aServiceOutsideTheContractIsRefused() {
    Api.Response refused =
        create(
            "{\"service\": \"coffee\", \"kind\": \"tcp\", \"host\": \"h.example\", \"port\": 1}");

    JsonNode problem = assertInvalidField(refused, "service");
    assertThat(problem.path("detail").asString()).contains("servers");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "127.0.0.2", // loopback outside the allowed 127.0.0.1/32
        "10.1.2.3", // private
        "172.16.0.1", // private
        "192.168.1.10", // private
        "100.64.0.1", // shared (carrier-grade NAT)
        "169.254.169.254", // link-local: the cloud metadata address
        "224.0.0.1", // multicast
        "0.0.0.0", // unspecified
        "[::1]", // IPv6 loopback
        "[fe80::1]", // IPv6 link-local
        "[fd00::1]", // IPv6 unique local
        "[ff02::1]", // IPv6 multicast
        "[::]", // IPv6 unspecified
        "[::ffff:10.0.0.1]", // IPv4-mapped IPv6 of a private address
        "[::ffff:169.254.169.254]", // IPv4-mapped metadata address
      })
  void aLiteralAddressOfARefusedRangeIsRefusedAtCreation(String host) {
    Api.Response http =
        create(
            "{\"service\": \"servers\", \"kind\": \"http\", \"url\": \"http://"
                + host
                + ":8080/\"}");
    Api.Response tcp =
        create(
            "{\"service\": \"servers\", \"kind\": \"tcp\", \"host\": \""
                + host.replace("[", "").replace("]", "")
                + "\", \"port\": 22}");

    assertThat(assertInvalidField(http, "url").path("detail").asString()).contains("egress policy");
    assertInvalidField(tcp, "host");
    assertThat(stored()).isZero();
  }

  @Test
  void anAllowListedAddressIsAccepted() {
    Api.Response created =
        create(
            "{\"service\": \"servers\", \"kind\": \"tcp\", \"host\": \"127.0.0.1\", \"port\": 22}");

    assertThat(created.status()).as("%s", created).isEqualTo(201);
  }

  @Test
  void aCustomerSeesItsOwnMonitorsOnlyAndCannotChangeThem() {
    String id = create(HTTP).json().path("id").asString();
    String other = fixtures.customerWithContract("other");
    String own = fixtures.customerToken(customer);
    String foreign = fixtures.customerToken(other);

    Api.Response read = api.get("/api/v1/customers/" + customer + "/monitors").token(own).send();
    Api.Response hidden =
        api.get("/api/v1/customers/" + customer + "/monitors/" + id).token(foreign).send();
    Api.Response missing =
        api.get("/api/v1/customers/" + customer + "/monitors/nope").token(own).send();
    Api.Response write =
        api.post("/api/v1/customers/" + customer + "/monitors").token(own).json(HTTP).send();

    assertThat(read.json().path("items").size()).isEqualTo(1);
    assertProblem(hidden, 404);
    assertThat(hidden.json().path("detail").asString())
        .isEqualTo(
            api.get("/api/v1/customers/" + customer + "/monitors/nope")
                .token(foreign)
                .send()
                .json()
                .path("detail")
                .asString());
    assertProblem(missing, 404);
    assertProblem(write, 403);
  }

  @Test
  void pausingReplacingAndDeletingAreAudited() {
    String id = create(HTTP).json().path("id").asString();
    String path = "/api/v1/customers/" + customer + "/monitors/" + id;

    Api.Response paused =
        api.put(path)
            .token(ADMIN)
            .json(
                HTTP.replace("\"timeout_seconds\": 5", "\"timeout_seconds\": 5, \"active\": false"))
            .send();
    Api.Response deleted = api.delete(path).token(ADMIN).send();

    assertThat(paused.status()).as("%s", paused).isEqualTo(200);
    assertThat(paused.json().path("active").asBoolean()).isFalse();
    assertThat(deleted.status()).isEqualTo(204);
    assertProblem(api.get(path).token(ADMIN).send(), 404);
    JsonNode audit = api.get("/api/v1/audit?size=100").token(ADMIN).send().json();
    assertThat(
            audit
                .path("items")
                .valueStream()
                .filter(e -> e.path("entity_id").asString().equals(id))
                .map(e -> e.path("action").asString()))
        .containsExactlyInAnyOrder("monitor.created", "monitor.paused", "monitor.deleted");
  }
}
