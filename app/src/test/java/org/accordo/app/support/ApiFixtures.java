package org.accordo.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
    Api.Response response =
        api.post("/api/v1/customers")
            .token(RunningServer.ADMIN_TOKEN)
            .json(
                "{\"id\": \""
                    + id
                    + "\", \"name\": \""
                    + prefix
                    + " Srl\", \"time_zone\": \"Europe/Rome\"}")
            .send();
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return id;
  }

  /**
   * The reference contract ({@code examples/contract-bianchi.yaml}) with its {@code contract.id}
   * and {@code contract.effective} replaced: a document the loader accepts, for any customer.
   *
   * @param effective a YAML flow mapping such as {@code { from: 2026-01-01 }}
   */
  public static String contract(String contractId, String effective) {
    String reference = referenceContract();
    return reference
        .replace("  id: bianchi-2026\n", "  id: " + contractId + "\n")
        .replace(
            "  effective: { from: 2026-01-01, to: 2027-12-31 }\n",
            "  effective: " + effective + "\n");
  }

  /** The reference contract as shared in {@code examples/contract-bianchi.yaml}. */
  public static String referenceContract() {
    try (InputStream in =
        ApiFixtures.class.getResourceAsStream("/examples/contract-bianchi.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Uploads {@link #contract} for the customer as the admin and checks it was stored. */
  public void uploadContract(String customerId, String contractId, String effective) {
    Api.Response response =
        api.post("/api/v1/customers/" + customerId + "/contracts")
            .token(RunningServer.ADMIN_TOKEN)
            .body("application/yaml", contract(contractId, effective))
            .send();
    assertThat(response.status()).as("%s", response).isEqualTo(201);
  }

  /** A new customer ({@link #customer}) with the reference contract in force from 2026-01-01. */
  public String customerWithContract(String prefix) {
    String id = customer(prefix);
    uploadContract(id, prefix + "-contract", "{ from: 2026-01-01 }");
    return id;
  }

  /**
   * Opens a ticket as the admin, checks it was created and returns its id.
   *
   * @param service the created event's service, or null for none
   * @param openedAt when it was opened, or null for the server's now
   */
  public String ticket(String customerId, String priority, String service, Instant openedAt) {
    StringBuilder body =
        new StringBuilder(
            "{\"customer_id\": \""
                + customerId
                + "\", \"subject\": \"Server down\", \"priority\": \""
                + priority
                + "\"");
    if (service != null) {
      body.append(", \"service\": \"").append(service).append('"');
    }
    if (openedAt != null) {
      body.append(", \"opened_at\": \"").append(openedAt).append('"');
    }
    Api.Response created =
        api.post("/api/v1/tickets")
            .token(RunningServer.ADMIN_TOKEN)
            .json(body.append('}').toString())
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asString();
  }

  /** A new token's secret for a role, bound to {@code customerId} for the customer role. */
  public String token(String role, String customerId) {
    String customer = customerId == null ? "" : ", \"customer_id\": \"" + customerId + "\"";
    Api.Response response =
        api.post("/api/v1/tokens")
            .token(RunningServer.ADMIN_TOKEN)
            .json(
                "{\"name\": \""
                    + role
                    + " for tests\", \"role\": \""
                    + role
                    + "\""
                    + customer
                    + "}")
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
