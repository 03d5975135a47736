package org.accordo.app.users;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.accordo.app.customers.Customer;
import org.accordo.app.refusal.InvalidField;

/**
 * What the people page shows: every account, the customers a customer's user may belong to, the
 * invitation form (empty, or as typed when it was refused), why it was refused, whom an invitation
 * was just sent to, and each account's role form (its role, or as typed when its change was
 * refused, with why under it).
 *
 * @param users every account, by e-mail
 * @param customers the customers to choose from
 * @param form the invitation form's values
 * @param problem why the last invitation was refused, or null
 * @param invitedTo the address an invitation was just sent to, or null
 * @param roleChange a refused role change as typed, shown in its account's row, or null
 * @param roleChangedOf the address whose role was just changed, or null
 */
public record PeopleView(
    List<User> users,
    List<Customer> customers,
    InviteForm form,
    Problem problem,
    String invitedTo,
    RoleChange roleChange,
    String roleChangedOf) {

  public PeopleView {
    users = List.copyOf(users);
    customers = List.copyOf(customers);
    Objects.requireNonNull(form, "form");
  }

  /** The role to show selected in {@code user}'s role form: as typed if refused, else theirs. */
  public String roleOf(User user) {
    return refusedFor(user) ? roleChange.role() : user.role().id();
  }

  /** The customer to show selected in {@code user}'s role form, or blank for none. */
  public String customerOf(User user) {
    if (refusedFor(user)) {
      return roleChange.customer();
    }
    return user.customerId() == null ? "" : user.customerId();
  }

  /** Why the change of {@code user}'s role was just refused, or null. */
  public Problem roleProblemOf(User user) {
    return refusedFor(user) ? roleChange.problem() : null;
  }

  private boolean refusedFor(User user) {
    return roleChange != null && roleChange.userId().equals(user.id());
  }

  /**
   * A role change as typed, and why it was refused.
   *
   * @param userId the account whose role was to change
   * @param role the role chosen
   * @param customer the customer chosen, or blank
   * @param problem why it was refused
   */
  public record RoleChange(String userId, String role, String customer, Problem problem) {

    public RoleChange {
      Objects.requireNonNull(userId, "userId");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(problem, "problem");
    }
  }

  /**
   * The invitation form's values as typed.
   *
   * @param email the address
   * @param name the name
   * @param role {@code admin}, {@code agent} or {@code customer}
   * @param customer a customer id, or blank
   * @param language {@code en}, {@code it}, or blank for the browser's
   * @param zone a time zone id
   */
  public record InviteForm(
      String email, String name, String role, String customer, String language, String zone) {

    /** The empty form; the time zone is the inviting admin's. */
    static InviteForm empty(ZoneId zone) {
      return new InviteForm("", "", "agent", "", "", zone.getId());
    }
  }

  /**
   * Why an invitation was refused: the label of the field and the reason, or an address taken.
   *
   * @param fieldLabelKey the label key of the field at fault, or null when the address is taken
   * @param reason the refusal's reason (as the API words it), or the address taken
   */
  public record Problem(String fieldLabelKey, String reason) {

    static Problem of(InvalidField invalid) {
      String key =
          switch (invalid.field()) {
            case "email" -> "page.people.email";
            case "name" -> "page.people.name";
            case "role" -> "page.people.role";
            case "customer_id" -> "page.people.customer";
            case "zone" -> "page.people.zone";
            default -> "page.people.invite";
          };
      return new Problem(key, invalid.reason());
    }

    static Problem exists(String email) {
      return new Problem(null, email);
    }
  }
}
