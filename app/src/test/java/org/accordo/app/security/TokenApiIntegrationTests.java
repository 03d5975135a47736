package org.accordo.app.security;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.accordo.app.support.Api;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** Token authentication and the admin token API, over HTTP, on each database. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class TokenApiIntegrationTests {

  private final RunningServer server;
  private final Api api;

  TokenApiIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
  }

  @Test
  void refusesARequestWithoutTokenWithAProblemBody() {
    Api.Response response = api.get("/api/v1/tokens").send();

    assertProblem(response, 401);
    assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
  }

  @Test
  void refusesAnUnknownTokenAndANonBearerHeader() {
    assertProblem(api.get("/api/v1/tokens").token("accordo_not-a-real-token").send(), 401);
    assertProblem(
        api.get("/api/v1/tokens").header("Authorization", "Basic YWRtaW46YWRtaW4=").send(), 401);
    assertProblem(api.get("/api/v1/tokens").header("Authorization", "Bearer ").send(), 401);
  }

  @Test
  void refusesARequestWithTwoAuthorizationHeadersWhicheverComesFirst() {
    String admin = "Bearer " + RunningServer.ADMIN_TOKEN;
    String wrong = "Bearer accordo_not-a-real-token";

    for (String[] pair : new String[][] {{admin, wrong}, {wrong, admin}, {admin, admin}}) {
      Api.Response response =
          api.get("/api/v1/tokens")
              .addHeader("Authorization", pair[0])
              .addHeader("Authorization", pair[1])
              .send();

      assertThat(assertInvalidField(response, "Authorization").path("detail").asString())
          .isEqualTo("Authorization: appears more than once; send one bearer token");
    }
  }

  @Test
  void unknownPathsAre401WithoutTokenAnd404WithOne() {
    assertProblem(api.get("/api/v1/no-such-thing").send(), 401);
    assertProblem(api.get("/api/v1/no-such-thing").token(RunningServer.ADMIN_TOKEN).send(), 404);
  }

  @Test
  void issuesATokenOfAtLeast256RandomBitsAndStoresOnlyItsSha256() throws Exception {
    JsonNode created = createToken("{\"name\": \"helpdesk bot\", \"role\": \"agent\"}");

    String secret = created.path("token").asString();
    assertThat(secret).startsWith("accordo_");
    byte[] random = Base64.getUrlDecoder().decode(secret.substring("accordo_".length()));
    assertThat(random.length * 8).isGreaterThanOrEqualTo(256);
    String expectedHash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
    List<String> stored =
        server
            .jdbc()
            .sql("SELECT token_hash FROM api_token WHERE id = :id")
            .param("id", created.path("id").asString())
            .query(String.class)
            .list();
    assertThat(stored).containsExactly(expectedHash);
    assertThat(created.path("role").asString()).isEqualTo("agent");
  }

  @Test
  void aNewTokenAuthenticatesAndItsRoleLimitsIt() {
    String agent =
        createToken("{\"name\": \"agent\", \"role\": \"agent\"}").path("token").asString();

    // an agent is authenticated (an unknown path is 404, not 401) but may not manage tokens
    assertProblem(api.get("/api/v1/no-such-thing").token(agent).send(), 404);
    assertProblem(api.get("/api/v1/tokens").token(agent).send(), 403);
    assertProblem(
        api.post("/api/v1/tokens")
            .token(agent)
            .json("{\"name\": \"x\", \"role\": \"admin\"}")
            .send(),
        403);
  }

  @Test
  void listsTokensWithoutSecretsOrHashes() {
    JsonNode created = createToken("{\"name\": \"listed\", \"role\": \"agent\"}");
    String secret = created.path("token").asString();

    Api.Response list = api.get("/api/v1/tokens").token(RunningServer.ADMIN_TOKEN).send();

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(secret).doesNotContain("hash");
    JsonNode listed = find(list.json(), created.path("id").asString());
    assertThat(listed.path("name").asString()).isEqualTo("listed");
    assertThat(listed.has("token")).isFalse();
  }

  @Test
  void aRevokedTokenIsRefusedAndRevokingIsRecordedInTheAuditLog() {
    JsonNode created = createToken("{\"name\": \"short-lived\", \"role\": \"agent\"}");
    String id = created.path("id").asString();
    String secret = created.path("token").asString();
    // used once, so that this node remembers it as valid
    assertThat(api.get("/api/v1/tickets").token(secret).send().status()).isEqualTo(200);

    Api.Response revoked =
        api.delete("/api/v1/tokens/" + id).token(RunningServer.ADMIN_TOKEN).send();

    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().path("revoked_at").isNull()).isFalse();
    assertProblem(api.get("/api/v1/no-such-thing").token(secret).send(), 401);
    JsonNode audit =
        api.get("/api/v1/audit?size=100").token(RunningServer.ADMIN_TOKEN).send().json();
    assertThat(
            audit
                .path("items")
                .valueStream()
                .filter(e -> e.path("entity_id").asString().equals(id))
                .map(e -> e.path("action").asString()))
        .containsExactly("token.revoked", "token.created");
  }

  @Test
  void aTokenRevokedByAnotherNodeIsRefusedHereWithinTheTokenCacheTime()
      throws InterruptedException {
    JsonNode created = createToken("{\"name\": \"revoked elsewhere\", \"role\": \"agent\"}");
    String secret = created.path("token").asString();
    assertThat(api.get("/api/v1/tickets").token(secret).send().status()).isEqualTo(200);

    // another node's revocation: only the shared database knows of it
    server
        .jdbc()
        .sql("UPDATE api_token SET revoked_at = CURRENT_TIMESTAMP WHERE id = :id")
        .param("id", created.path("id").asString())
        .update();

    // accordo.security.token-cache is 2 s by default
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    int status = 200;
    while (status == 200 && System.nanoTime() < deadline) {
      Thread.sleep(100);
      status = api.get("/api/v1/tickets").token(secret).send().status();
    }
    assertThat(status).isEqualTo(401);
  }

  @Test
  void revokingAnUnknownTokenIs404() {
    assertProblem(
        api.delete("/api/v1/tokens/tok_0000000000000000").token(RunningServer.ADMIN_TOKEN).send(),
        404);
  }

  @Test
  void aCustomerTokenNeedsAnExistingCustomerAndOthersTakeNone() {
    assertInvalidField(post("{\"name\": \"c\", \"role\": \"customer\"}"), "customer_id");
    assertInvalidField(
        post("{\"name\": \"c\", \"role\": \"customer\", \"customer_id\": \"nobody-here\"}"),
        "customer_id");
    assertInvalidField(
        post("{\"name\": \"c\", \"role\": \"agent\", \"customer_id\": \"nobody-here\"}"),
        "customer_id");
  }

  @Test
  void refusesBadTokenRequestsNamingTheField() {
    assertInvalidField(post("{\"name\": \"x\", \"role\": \"root\"}"), "role");
    assertInvalidField(post("{\"role\": \"agent\"}"), "name");
    assertInvalidField(
        post("{\"name\": \"x\", \"role\": \"agent\", \"token_hash\": \"00\"}"), "token_hash");
    assertInvalidField(post("{\"name\": 5, \"role\": \"agent\"}"), "name");
  }

  private Api.Response post(String json) {
    return api.post("/api/v1/tokens").token(RunningServer.ADMIN_TOKEN).json(json).send();
  }

  private JsonNode createToken(String json) {
    Api.Response response = post(json);
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.json();
  }

  private static JsonNode find(JsonNode list, String id) {
    return list.valueStream()
        .filter(t -> t.path("id").asString().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
