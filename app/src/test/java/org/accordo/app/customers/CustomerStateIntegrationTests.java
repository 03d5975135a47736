package org.accordo.app.customers;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.accordo.app.security.Role;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.PageClient;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.app.support.WebFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Disabling a customer and enabling it again ({@code PATCH /api/v1/customers/{id}}), on each
 * database: admins only, audited, shown in its JSON; a disabled customer's tokens are refused
 * (within the tokens' cache time) and its people signed out and refused at sign-in until it is
 * enabled again, while staff still read it.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class CustomerStateIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private final WebFixtures people;

  CustomerStateIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
    this.people = new WebFixtures(server);
  }

  private static String signedInTo(PageClient client, WebFixtures.Person person) {
    return client
        .signIn(person.email(), person.password())
        .headers()
        .firstValue("Location")
        .orElse("");
  }

  @Test
  void aDisabledCustomersPeopleAreSignedOutAndCannotSignInUntilItIsEnabledAgain() {
    String customer = fixtures.customer("signedout");
    WebFixtures.Person person = people.person(Role.CUSTOMER, customer);
    PageClient client = new PageClient(server);
    assertThat(signedInTo(client, person)).doesNotContain("failed");
    assertThat(client.get("/portal").statusCode()).isEqualTo(200);

    changeState(customer, ADMIN, "disabled");
    HttpResponse<String> next = client.get("/portal");
    assertThat(next.statusCode()).as("the open session ended").isEqualTo(302);
    assertThat(next.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(signedInTo(new PageClient(server), person))
        .as("refused like a wrong password")
        .contains("failed");

    changeState(customer, ADMIN, "active");
    PageClient again = new PageClient(server);
    assertThat(signedInTo(again, person)).doesNotContain("failed");
    assertThat(again.get("/portal").statusCode()).isEqualTo(200);
  }

  private Api.Response changeState(String customer, String token, String state) {
    return api.method("PATCH", "/api/v1/customers/" + customer)
        .token(token)
        .json("{\"state\": \"" + state + "\"}")
        .send();
  }

  private int customerCalls(String customer, String token) {
    return api.get("/api/v1/customers/" + customer).token(token).send().status();
  }

  @Test
  void aDisabledCustomersTokenIsRefusedUntilItIsEnabledAgain() {
    String customer = fixtures.customer("disabled");
    String token = fixtures.customerToken(customer);
    assertThat(customerCalls(customer, token)).isEqualTo(200);
    assertThat(
            api.get("/api/v1/customers/" + customer)
                .token(ADMIN)
                .send()
                .json()
                .path("state")
                .asString())
        .isEqualTo("active");

    Api.Response disabled = changeState(customer, ADMIN, "disabled");
    assertThat(disabled.status()).as("%s", disabled).isEqualTo(200);
    assertThat(disabled.json().path("state").asString()).isEqualTo("disabled");
    Await.until(
        Duration.ofSeconds(15),
        () -> customerCalls(customer, token),
        status -> status == 401,
        "the disabled customer's token refused");
    assertThat(
            api.get("/api/v1/customers/" + customer)
                .token(ADMIN)
                .send()
                .json()
                .path("state")
                .asString())
        .as("staff still read a disabled customer")
        .isEqualTo("disabled");

    assertThat(changeState(customer, ADMIN, "active").json().path("state").asString())
        .isEqualTo("active");
    Await.until(
        Duration.ofSeconds(15),
        () -> customerCalls(customer, token),
        status -> status == 200,
        "the enabled customer's token accepted again");
  }

  @Test
  void onlyAnAdminChangesTheStateAndEveryChangeIsAudited() {
    String customer = fixtures.customer("stateaudit");
    assertProblem(changeState(customer, fixtures.agentToken(), "disabled"), 403);
    assertProblem(changeState(customer, fixtures.customerToken(customer), "disabled"), 403);
    assertInvalidField(changeState(customer, ADMIN, "paused"), "state");
    assertInvalidField(
        api.method("PATCH", "/api/v1/customers/" + customer).token(ADMIN).json("{}").send(),
        "state");
    assertProblem(changeState(ApiFixtures.uniqueId("missing"), ADMIN, "disabled"), 404);
    assertThat(
            api.get("/api/v1/customers/" + customer)
                .token(ADMIN)
                .send()
                .json()
                .path("state")
                .asString())
        .as("nothing changed by the refusals")
        .isEqualTo("active");

    changeState(customer, ADMIN, "disabled");
    changeState(customer, ADMIN, "disabled");
    changeState(customer, ADMIN, "active");

    var actions =
        api.get("/api/v1/audit?size=100&customer_id=" + customer)
            .token(ADMIN)
            .send()
            .json()
            .path("items")
            .valueStream()
            .filter(e -> customer.equals(e.path("customer_id").asString()))
            .map(e -> e.path("action").asString())
            .filter(a -> a.startsWith("customer."))
            .toList();
    assertThat(actions)
        .as("disabling twice is one change")
        .containsExactlyInAnyOrder("customer.created", "customer.disabled", "customer.enabled");
  }
}
