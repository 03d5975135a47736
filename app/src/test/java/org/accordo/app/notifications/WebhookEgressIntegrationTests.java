package org.accordo.app.notifications;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.app.support.TestHostResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks under the egress policy, on each database: the servers under test allow 127.0.0.1 only
 * ({@code accordo.egress.allow=127.0.0.1/32}, their receivers listen there), so every other
 * internal address is refused, as a literal when the subscription is created and by name (the
 * tests' host table) when it is delivered. And what a customer reads of a failed delivery.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class WebhookEgressIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final Duration WITHIN = Duration.ofSeconds(15);
  static final String SECRET = "whsec-0123456789abcdefghijklmnopqrstuv";

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  WebhookEgressIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(NOW);
  }

  @Test
  void aSubscriptionToAForbiddenLiteralAddressIsRefusedNamingTheUrl() {
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put("http://127.0.0.2/x", "loopback");
    refused.put("http://2130706434/x", "loopback"); // 127.0.0.2 as one number
    refused.put("http://[::ffff:127.0.0.2]/x", "loopback"); // IPv4-mapped
    refused.put("http://[::1]/x", "loopback");
    refused.put("http://localhost:8080/x", "loopback"); // 127.0.0.1, but also ::1
    refused.put("http://0.0.0.0/x", "unspecified");
    refused.put("http://10.1.2.3/x", "private");
    refused.put("http://192.168.0.10/x", "private");
    refused.put("http://[fd00::1]/x", "private");
    refused.put("http://100.64.0.1/x", "shared");
    refused.put("http://169.254.169.254/latest/meta-data", "link-local");
    refused.put("http://[fe80::1]/x", "link-local");
    refused.put("http://224.0.0.1/x", "multicast");
    refused.put("http://127.0.0.1:99999/x", "port must be 1 to 65535");
    refused.put("http://09.1.1.1/x", "not a valid IPv4 address");
    refused.forEach(
        (url, why) ->
            assertThat(
                    assertInvalidField(
                            api.post("/api/v1/webhooks")
                                .token(ADMIN)
                                .json("{\"url\": \"" + url + "\", \"secret\": \"" + SECRET + "\"}")
                                .send(),
                            "url")
                        .path("detail")
                        .asString())
                .as(url)
                .contains(why));

    // the allow-listed address, in any form, and a name (checked when delivered) are accepted
    for (String url :
        new String[] {"http://127.0.0.1:9/x", "http://2130706433:9/x", "https://psa.example/x"}) {
      Api.Response created =
          api.post("/api/v1/webhooks")
              .token(ADMIN)
              .json("{\"url\": \"" + url + "\", \"secret\": \"" + SECRET + "\"}")
              .send();
      assertThat(created.status()).as("%s: %s", url, created).isEqualTo(201);
      api.delete("/api/v1/webhooks/" + created.json().path("id").asString()).token(ADMIN).send();
    }
  }

  @Test
  void aNameThatResolvesToAForbiddenAddressIsRefusedAtDeliveryAndAnAllowedOneDelivered() {
    String customer = fixtures.customerWithContract("egress-names");
    Map<String, String> forbidden = new LinkedHashMap<>();
    forbidden.put("loopback", "127.0.0.2");
    forbidden.put("unspecified", "0.0.0.0");
    forbidden.put("private", "10.1.2.3");
    forbidden.put("shared", "100.64.0.1");
    forbidden.put("metadata", "169.254.169.254");
    forbidden.put("multicast", "224.0.0.1");
    forbidden.put("ula", "fd00::1");
    forbidden.put("linklocal6", "fe80::1");
    forbidden.put("loopback6", "::1");
    Map<String, String> hooks = new LinkedHashMap<>();
    try (WebhookReceiver allowed = WebhookReceiver.answering(request -> 204)) {
      forbidden.forEach(
          (kind, address) -> {
            String name = ApiFixtures.uniqueId(kind) + ".test";
            TestHostResolver.map(name, address);
            hooks.put(kind, subscribe("http://" + name + ":" + allowed.port() + "/hook", customer));
          });
      String allowedHook = subscribe(allowed.urlAs(ApiFixtures.uniqueId("ok") + ".test"), customer);
      String ticket = fixtures.ticket(customer, "P1", "servers", NOW.minus(Duration.ofMinutes(23)));

      JsonNode delivered =
          Await.until(
              WITHIN,
              () -> webhook(ticket, allowedHook, ADMIN),
              n -> n.path("state").asString().equals("delivered"),
              "the delivery to the allowed name");
      hooks.forEach(
          (kind, hook) -> {
            JsonNode blocked =
                Await.until(
                    WITHIN,
                    () -> webhook(ticket, hook, ADMIN),
                    n -> n.path("attempts").asInt() == 1 && n.path("reason").isString(),
                    kind + " refused");
            assertThat(blocked.path("reason").asString())
                .as(kind)
                .isEqualTo("blocked by egress policy");
            assertThat(blocked.path("last_error").asString()).as(kind).contains("egress policy");
          });
      assertThat(allowed.received())
          .extracting(WebhookReceiver.Received::deliveryId)
          .containsExactly(delivered.path("id").asString());
      hooks.values().forEach(this::disable);
      disable(allowedHook);
    }
  }

  @Test
  void aCustomerReadsTheReasonOfAFailedDeliveryButNeverItsUrlCredentialsOrException()
      throws IOException {
    String customer = fixtures.customerWithContract("failed-view");
    int closed;
    try (ServerSocket free = new ServerSocket(0)) {
      closed = free.getLocalPort();
    }
    String hook = subscribe("http://svcuser:S3cretPW@127.0.0.1:" + closed + "/x", customer);
    String ticket = fixtures.ticket(customer, "P1", "servers", NOW.minus(Duration.ofMinutes(23)));
    JsonNode admin =
        Await.until(
            WITHIN,
            () -> webhook(ticket, hook, ADMIN),
            n -> n.path("attempts").asInt() == 1 && n.path("reason").isString(),
            "the refused delivery");

    String customerToken = fixtures.customerToken(customer);
    Api.Response seen =
        api.get("/api/v1/notifications?ticket_id=" + ticket).token(customerToken).send();
    JsonNode forCustomer = webhook(ticket, hook, customerToken);
    assertThat(forCustomer.path("state").asString()).isEqualTo("pending");
    assertThat(forCustomer.path("reason").asString()).isEqualTo("refused");
    assertThat(forCustomer.has("last_error")).isFalse();
    assertThat(forCustomer.has("delivered_by_node")).isFalse();
    assertThat(seen.body())
        .doesNotContain("svcuser")
        .doesNotContain("S3cretPW")
        .doesNotContain(":" + closed)
        .doesNotContain("Exception")
        .doesNotContain("java.");

    // admins read the detail, the credentials masked even there
    assertThat(admin.path("reason").asString()).isEqualTo("refused");
    assertThat(admin.path("last_error").asString())
        .contains("http://svcuser:***@127.0.0.1:" + closed + "/x")
        .doesNotContain("S3cretPW");
    assertThat(api.get("/api/v1/webhooks").token(ADMIN).send().body())
        .contains("svcuser:***@")
        .doesNotContain("S3cretPW");
    assertThat(
            server
                .jdbc()
                .sql("SELECT detail FROM audit_log WHERE entity_id = :id")
                .param("id", hook)
                .query(String.class)
                .list())
        .isNotEmpty()
        .noneMatch(detail -> detail.contains("S3cretPW"));
    disable(hook);
  }

  private String subscribe(String url, String customer) {
    Api.Response created =
        api.post("/api/v1/webhooks")
            .token(ADMIN)
            .json(
                "{\"url\": \""
                    + url
                    + "\", \"secret\": \""
                    + SECRET
                    + "\", \"customer_id\": \""
                    + customer
                    + "\"}")
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asString();
  }

  private void disable(String subscription) {
    assertThat(api.delete("/api/v1/webhooks/" + subscription).token(ADMIN).send().status())
        .isEqualTo(200);
  }

  private JsonNode webhook(String ticket, String subscription, String token) {
    return api.get("/api/v1/notifications?ticket_id=" + ticket)
        .token(token)
        .send()
        .json()
        .path("items")
        .valueStream()
        .filter(n -> n.path("recipient").asString().equals(subscription))
        .findFirst()
        .orElse(tools.jackson.databind.node.MissingNode.getInstance());
  }
}
