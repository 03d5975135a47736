package org.accordo.app.customers;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/customers} over HTTP, on each database. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class CustomerApiIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  CustomerApiIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @Test
  void createsReadsUpdatesAndDeletesACustomer() {
    String id = ApiFixtures.uniqueId("rossi");

    Api.Response created =
        api.post("/api/v1/customers")
            .token(ADMIN)
            .json(
                "{\"id\": \"" + id + "\", \"name\": \"Rossi Srl\", \"time_zone\": \"Europe/Rome\"}")
            .send();
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/v1/customers/" + id);
    assertThat(created.json().path("created_at").asString())
        .isEqualTo(server.clock().instant().toString());

    server.clock().advance(Duration.ofMinutes(5));
    Api.Response updated =
        api.put("/api/v1/customers/" + id)
            .token(ADMIN)
            .json("{\"name\": \"Rossi e Figli Srl\", \"time_zone\": \"Europe/Zurich\"}")
            .send();
    assertThat(updated.status()).as("%s", updated).isEqualTo(200);

    JsonNode read = api.get("/api/v1/customers/" + id).token(ADMIN).send().json();
    assertThat(read.path("name").asString()).isEqualTo("Rossi e Figli Srl");
    assertThat(read.path("time_zone").asString()).isEqualTo("Europe/Zurich");
    assertThat(read.path("updated_at").asString()).isEqualTo(server.clock().instant().toString());

    assertThat(api.delete("/api/v1/customers/" + id).token(ADMIN).send().status()).isEqualTo(204);
    assertProblem(api.get("/api/v1/customers/" + id).token(ADMIN).send(), 404);
  }

  @Test
  void everyWriteIsInTheAuditLogWithItsAuthor() {
    String id = fixtures.customer("audited");
    api.put("/api/v1/customers/" + id)
        .token(ADMIN)
        .json("{\"name\": \"Audited 2\", \"time_zone\": \"UTC\"}")
        .send();

    JsonNode entries = api.get("/api/v1/audit?size=100").token(ADMIN).send().json().path("items");
    JsonNode tokens = api.get("/api/v1/tokens").token(ADMIN).send().json();
    String adminTokenId =
        tokens
            .valueStream()
            .filter(t -> t.path("name").asString().equals("admin (ACCORDO_ADMIN_TOKEN)"))
            .map(t -> t.path("id").asString())
            .findFirst()
            .orElseThrow();
    assertThat(
            entries
                .valueStream()
                .filter(e -> e.path("entity_id").asString().equals(id))
                .map(e -> e.path("action").asString() + " by " + e.path("actor").asString()))
        .containsExactly(
            "customer.updated by " + adminTokenId, "customer.created by " + adminTokenId);
  }

  @Test
  void refusesADuplicateId() {
    String id = fixtures.customer("twice");

    Api.Response again =
        api.post("/api/v1/customers")
            .token(ADMIN)
            .json("{\"id\": \"" + id + "\", \"name\": \"Other\"}")
            .send();

    assertProblem(again, 409);
  }

  @Test
  void refusesToDeleteACustomerThatStillHasTokens() {
    String id = fixtures.customer("bound");
    fixtures.customerToken(id);

    assertProblem(api.delete("/api/v1/customers/" + id).token(ADMIN).send(), 409);
    assertThat(api.get("/api/v1/customers/" + id).token(ADMIN).send().status()).isEqualTo(200);
  }

  @Test
  void aCustomerTokenSeesOnlyItsOwnCustomer() {
    String own = fixtures.customer("own");
    String other = fixtures.customer("other");
    String token = fixtures.customerToken(own);

    JsonNode list = api.get("/api/v1/customers?size=100").token(token).send().json();
    assertThat(list.path("items").valueStream().map(c -> c.path("id").asString()))
        .containsExactly(own);
    assertThat(list.path("total").asLong()).isEqualTo(1);
    assertThat(api.get("/api/v1/customers/" + own).token(token).send().status()).isEqualTo(200);

    Api.Response otherCustomer = api.get("/api/v1/customers/" + other).token(token).send();
    Api.Response missing = api.get("/api/v1/customers/no-such-customer").token(token).send();
    assertProblem(otherCustomer, 404);
    assertProblem(missing, 404);
    assertThat(otherCustomer.json().path("title")).isEqualTo(missing.json().path("title"));
  }

  @Test
  void onlyAdminsChangeCustomers() {
    String own = fixtures.customer("limited");
    String customerToken = fixtures.customerToken(own);
    String agent = fixtures.agentToken();

    assertProblem(
        api.put("/api/v1/customers/" + own)
            .token(customerToken)
            .json("{\"name\": \"x\", \"time_zone\": \"UTC\"}")
            .send(),
        403);
    assertProblem(api.delete("/api/v1/customers/" + own).token(agent).send(), 403);
    assertProblem(
        api.post("/api/v1/customers")
            .token(agent)
            .json("{\"id\": \"by-agent\", \"name\": \"x\"}")
            .send(),
        403);
    assertThat(api.get("/api/v1/customers/" + own).token(agent).send().status()).isEqualTo(200);
  }

  @Test
  void pagesAndSortsTheList() {
    String prefix = ApiFixtures.uniqueId("paged");
    for (String suffix : new String[] {"c", "a", "b"}) {
      api.post("/api/v1/customers")
          .token(ADMIN)
          .json(
              "{\"id\": \""
                  + prefix
                  + "-"
                  + suffix
                  + "\", \"name\": \""
                  + prefix
                  + " "
                  + suffix
                  + "\"}")
          .send();
    }

    JsonNode all = api.get("/api/v1/customers?size=100&sort=-name").token(ADMIN).send().json();
    var ours =
        all.path("items")
            .valueStream()
            .map(c -> c.path("id").asString())
            .filter(i -> i.startsWith(prefix + "-"))
            .toList();
    assertThat(ours).containsExactly(prefix + "-c", prefix + "-b", prefix + "-a");

    JsonNode second = api.get("/api/v1/customers?size=1&page=1&sort=id").token(ADMIN).send().json();
    assertThat(second.path("items").size()).isEqualTo(1);
    assertThat(second.path("page").asInt()).isEqualTo(1);
    assertThat(second.path("size").asInt()).isEqualTo(1);
    assertThat(second.path("total").asLong()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void refusesBadCustomersNamingTheFieldAndStoresNothing() {
    String id = ApiFixtures.uniqueId("bad");
    assertInvalidField(
        create("{\"id\": \"" + id + "\", \"name\": \"x\", \"time_zone\": \"Mars/Olympus\"}"),
        "time_zone");
    assertInvalidField(create("{\"id\": \"" + id + "\", \"name\": \"   \"}"), "name");
    assertInvalidField(create("{\"id\": \"Not An Id\", \"name\": \"x\"}"), "id");
    assertInvalidField(create("{\"name\": \"x\"}"), "id");
    assertInvalidField(
        create("{\"id\": \"" + id + "\", \"name\": \"" + "x".repeat(201) + "\"}"), "name");

    assertProblem(api.get("/api/v1/customers/" + id).token(ADMIN).send(), 404);
  }

  @Test
  void anUpdateCannotChangeTheIdOrSmuggleFields() {
    String id = fixtures.customer("fixed");

    assertInvalidField(
        api.put("/api/v1/customers/" + id)
            .token(ADMIN)
            .json("{\"id\": \"renamed\", \"name\": \"x\", \"time_zone\": \"UTC\"}")
            .send(),
        "id");
    assertInvalidField(
        api.put("/api/v1/customers/" + id)
            .token(ADMIN)
            .json(
                "{\"name\": \"x\", \"time_zone\": \"UTC\", \"created_at\": \"2020-01-01T00:00:00Z\"}")
            .send(),
        "created_at");
  }

  private Api.Response create(String json) {
    return api.post("/api/v1/customers").token(ADMIN).json(json).send();
  }
}
