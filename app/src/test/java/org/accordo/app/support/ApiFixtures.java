package org.accordo.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

/** Customers and tokens made through the API, with ids unique in the JVM (servers are shared). */
public final class ApiFixtures {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final Api api;

  public ApiFixtures(Api api) {
    this.api = api;
  }

  /** A fresh customer id such as {@code acme-17}. */
  public static String uniqueId(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet();
  }

  /** Creates a customer in Europe/Rome and returns its id. */
  public String customer(String prefix) {
    String id = uniqueId(prefix);
    Api.Response response = api.post("/api/v1/customers").token(RunningServer.ADMIN_TOKEN)
        .json("{\"id\": \"" + id + "\", \"name\": \"" + prefix + " Srl\", \"time_zone\": \"Europe/Rome\"}")
        .send();
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return id;
  }

  /** A new token's secret for a role, bound to {@code customerId} for the customer role. */
  public String token(String role, String customerId) {
    String customer = customerId == null ? "" : ", \"customer_id\": \"" + customerId + "\"";
    Api.Response response = api.post("/api/v1/tokens").token(RunningServer.ADMIN_TOKEN)
        .json("{\"name\": \"" + role + " for tests\", \"role\": \"" + role + "\"" + customer + "}")
        .send();
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.json().path("token").asString();
  }

  public String agentToken() {
    return token("agent", null);
  }

  public String customerToken(String customerId) {
    return token("customer", customerId);
  }
}
