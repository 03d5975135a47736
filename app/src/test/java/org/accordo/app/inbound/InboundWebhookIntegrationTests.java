package org.accordo.app.inbound;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** Events from another PSA through the signed webhook, on each database. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class InboundWebhookIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;
  private static final String SECRET = "whsec-0123456789abcdefghijklmnopqrstuv";

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private String source;
  private String customer;

  InboundWebhookIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void registerASource() {
    server.clock().set(RunningServer.START);
    source = ApiFixtures.uniqueId("psa");
    customer = fixtures.customer("inbound");
    Api.Response registered =
        api.post("/api/v1/inbound/sources")
            .token(ADMIN)
            .json(
                "{\"id\": \""
                    + source
                    + "\", \"name\": \"Old PSA\", \"secret\": \""
                    + SECRET
                    + "\"}")
            .send();
    assertThat(registered.status()).as("%s", registered).isEqualTo(201);
  }

  /**
   * HMAC-SHA256 of {@code t + "." + body}, computed here with the JDK, independently of the
   * server's code.
   */
  private static String hmac(String secret, long t, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
  }

  private Api.Response deliver(String body, String signatureHeader) {
    return api.post("/api/v1/inbound/events")
        .header("X-Accordo-Source", source)
        .header("X-Accordo-Signature", signatureHeader)
        .json(body)
        .send();
  }

  private Api.Response deliverSigned(String body) throws Exception {
    long t = server.clock().instant().getEpochSecond();
    return deliver(body, "t=" + t + ",v1=" + hmac(SECRET, t, body));
  }

  private String created(String external) {
    return "{\"customer_id\": \""
        + customer
        + "\", \"external_ticket_id\": \""
        + external
        + "\", \"type\": \"created\","
        + " \"subject\": \"Server down\", \"priority\": \"P1\", \"at\": \"2026-03-02T08:55:00Z\"}";
  }

  @Test
  void aSignedCreatedEventOpensTheTicketAndLaterEventsFollowIt() throws Exception {
    Api.Response opened = deliverSigned(created("OLD-1"));
    Api.Response status =
        deliverSigned(
            "{\"customer_id\": \""
                + customer
                + "\", \"external_ticket_id\": \"OLD-1\","
                + " \"type\": \"status_changed\", \"status\": \"in_progress\", \"at\": \"2026-03-02T08:58:00Z\"}");

    assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    assertThat(status.status()).as("%s", status).isEqualTo(201);
    String ticket = opened.json().path("ticket").path("id").asString();
    JsonNode detail = api.get("/api/v1/tickets/" + ticket).token(ADMIN).send().json();
    assertThat(detail.path("ticket").path("external_id").asString()).isEqualTo("OLD-1");
    assertThat(detail.path("ticket").path("status").asString()).isEqualTo("in_progress");
    assertThat(
            detail
                .path("events")
                .valueStream()
                .map(e -> e.path("type").asString() + " by " + e.path("recorded_by").asString()))
        .containsExactly("created by src_" + source, "status_changed by src_" + source);
  }

  @Test
  void refusesUnsignedForgedTamperedStaleAndReplayedDeliveries() throws Exception {
    String body = created("OLD-2");
    long now = server.clock().instant().getEpochSecond();

    assertProblem(api.post("/api/v1/inbound/events").json(body).send(), 401);
    assertProblem(
        deliver(body, "t=" + now + ",v1=" + hmac("another-secret-0123456789abcdefghij", now, body)),
        401);
    assertProblem(
        deliver(body.replace("P1", "P4"), "t=" + now + ",v1=" + hmac(SECRET, now, body)), 401);
    assertProblem(deliver(body, "t=" + (now - 301) + ",v1=" + hmac(SECRET, now - 301, body)), 401);
    assertProblem(deliver(body, "t=" + (now + 301) + ",v1=" + hmac(SECRET, now + 301, body)), 401);
    assertProblem(deliver(body, "sha256=" + hmac(SECRET, now, body)), 401);

    String signature = "t=" + now + ",v1=" + hmac(SECRET, now, body);
    assertThat(deliver(body, signature).status()).isEqualTo(201);
    assertProblem(deliver(body, signature), 401);
    assertThat(
            api.get("/api/v1/tickets?customer_id=" + customer)
                .token(ADMIN)
                .send()
                .json()
                .path("total")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void acceptsATimestampJustInsideTheFiveMinuteWindow() throws Exception {
    String body = created("OLD-3");
    long t = server.clock().instant().getEpochSecond() - 300;

    assertThat(deliver(body, "t=" + t + ",v1=" + hmac(SECRET, t, body)).status()).isEqualTo(201);
  }

  @Test
  void aDisabledOrUnknownSourceIsRefused() throws Exception {
    assertThat(api.delete("/api/v1/inbound/sources/" + source).token(ADMIN).send().status())
        .isEqualTo(200);

    assertProblem(deliverSigned(created("OLD-4")), 401);
    source = "never-registered";
    assertProblem(deliverSigned(created("OLD-4")), 401);
  }

  @Test
  void answersAnUnknownSourceADisabledOneAndABadSignatureAlike() throws Exception {
    String body = created("OLD-6");
    long now = server.clock().instant().getEpochSecond();
    String wrongSignature =
        "t=" + now + ",v1=" + hmac("another-secret-0123456789abcdefghij", now, body);
    String disabled = ApiFixtures.uniqueId("psa-off");
    api.post("/api/v1/inbound/sources")
        .token(ADMIN)
        .json("{\"id\": \"" + disabled + "\", \"name\": \"Old\", \"secret\": \"" + SECRET + "\"}")
        .send();
    api.delete("/api/v1/inbound/sources/" + disabled).token(ADMIN).send();

    Api.Response badSignature = deliver(body, wrongSignature);
    source = disabled;
    Api.Response disabledSource = deliverSigned(body);
    source = "nope";
    Api.Response unknownSource = deliverSigned(body);

    JsonNode problem = assertProblem(badSignature, 401);
    assertThat(problem.path("detail").asString())
        .isEqualTo(
            "the signature does not match the body under the secret of an enabled inbound source");
    for (Api.Response other : new Api.Response[] {disabledSource, unknownSource}) {
      assertThat(other.status()).isEqualTo(badSignature.status());
      assertThat(other.body()).isEqualTo(badSignature.body());
      assertThat(other.header("WWW-Authenticate"))
          .isEqualTo(badSignature.header("WWW-Authenticate"));
      assertThat(other.header("Content-Type")).isEqualTo(badSignature.header("Content-Type"));
    }
  }

  @Test
  void aSignedButInvalidBodyIsA400NamingTheFieldAndStoresNothing() throws Exception {
    assertInvalidField(
        deliverSigned(
            "{\"customer_id\": \""
                + customer
                + "\", \"external_ticket_id\": \"OLD-5\","
                + " \"type\": \"created\", \"subject\": \"x\", \"priority\": \"P1\", \"role\": \"admin\"}"),
        "role");
    assertInvalidField(
        deliverSigned(
            "{\"customer_id\": \""
                + customer
                + "\", \"external_ticket_id\": \"OLD-5\","
                + " \"type\": \"created\", \"subject\": \"x\", \"priority\": \"P1\", \"status\": \"open\"}"),
        "status");
    assertInvalidField(
        deliverSigned(
            "{\"customer_id\": \""
                + customer
                + "\", \"external_ticket_id\": \"OLD-5\","
                + " \"type\": \"status_changed\", \"status\": \"done\"}"),
        "status");

    assertThat(
            api.get("/api/v1/tickets?customer_id=" + customer)
                .token(ADMIN)
                .send()
                .json()
                .path("total")
                .asLong())
        .isZero();
  }

  @Test
  void anEventForAnUnknownExternalTicketIs404() throws Exception {
    assertProblem(
        deliverSigned(
            "{\"customer_id\": \""
                + customer
                + "\", \"external_ticket_id\": \"NOPE\","
                + " \"type\": \"customer_replied\"}"),
        404);
  }

  @Test
  void sourcesAreForAdminsAndNeverShowTheirSecret() {
    String agent = fixtures.agentToken();

    Api.Response list = api.get("/api/v1/inbound/sources").token(ADMIN).send();
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains(source).doesNotContain(SECRET);
    assertProblem(api.get("/api/v1/inbound/sources").token(agent).send(), 403);
    assertInvalidField(
        api.post("/api/v1/inbound/sources")
            .token(ADMIN)
            .json("{\"id\": \"short\", \"name\": \"x\", \"secret\": \"too-short\"}")
            .send(),
        "secret");
  }
}
