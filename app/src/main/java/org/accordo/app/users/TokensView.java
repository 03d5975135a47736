package org.accordo.app.users;

import java.util.List;
import java.util.Objects;
import org.accordo.app.customers.Customer;

/**
 * What the API tokens page shows: every token (never a secret), the form that issues one, and right
 * after issuing, the new token's secret, shown this once.
 *
 * @param tokens every token, newest first
 * @param customers the customers a customer token may be bound to
 * @param form what the form holds
 * @param problem why issuing was refused (the field's label key and the reason), or null
 * @param issued the token just issued with its secret, or null
 */
public record TokensView(
    List<TokenLine> tokens,
    List<Customer> customers,
    Form form,
    PeopleView.Problem problem,
    Issued issued) {

  /**
   * A token.
   *
   * @param id its public id
   * @param name what it is for
   * @param role its role
   * @param customer the customer it is bound to, or empty
   * @param created when it was issued, in the viewer's zone
   * @param revoked when it was revoked, or null while valid
   */
  public record TokenLine(
      String id, String name, String role, String customer, String created, String revoked) {}

  /**
   * The issuing form.
   *
   * @param name the name typed
   * @param role the role chosen
   * @param customer the customer chosen, or empty
   */
  public record Form(String name, String role, String customer) {

    public Form {
      name = name == null ? "" : name;
      role = role == null ? "agent" : role;
      customer = customer == null ? "" : customer;
    }
  }

  /**
   * A token just issued.
   *
   * @param id its id
   * @param name its name
   * @param secret its secret: shown once, never stored
   */
  public record Issued(String id, String name, String secret) {

    public Issued {
      Objects.requireNonNull(secret, "secret");
    }
  }

  public TokensView {
    tokens = List.copyOf(tokens);
    customers = List.copyOf(customers);
    Objects.requireNonNull(form, "form");
  }

  /** The roles a token may have. */
  public List<String> roles() {
    return List.of("admin", "agent", "customer");
  }
}
