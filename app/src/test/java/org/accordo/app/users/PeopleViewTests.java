package org.accordo.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Role;
import org.junit.jupiter.api.Test;

/** Each account's role form shows its role, or what was typed in its refused change and why. */
class PeopleViewTests {

  private static final User AGENT = user("u-0000000000000001", Role.AGENT, null);
  private static final User CLIENT = user("u-0000000000000002", Role.CUSTOMER, "acme");

  @Test
  void showsEachAccountsOwnRoleAndCustomer() {
    PeopleView view = view(null);

    assertThat(view.roleOf(AGENT)).isEqualTo("agent");
    assertThat(view.customerOf(AGENT)).isEmpty();
    assertThat(view.roleOf(CLIENT)).isEqualTo("customer");
    assertThat(view.customerOf(CLIENT)).isEqualTo("acme");
    assertThat(view.roleProblemOf(AGENT)).isNull();
  }

  @Test
  void showsARefusedChangeAsTypedInItsAccountsRowOnly() {
    PeopleView.Problem problem =
        PeopleView.Problem.of(new InvalidField("customer_id", "is required"));
    PeopleView view = view(new PeopleView.RoleChange(AGENT.id(), "customer", "", problem));

    assertThat(view.roleOf(AGENT)).isEqualTo("customer");
    assertThat(view.roleProblemOf(AGENT).fieldLabelKey()).isEqualTo("page.people.customer");
    assertThat(view.roleProblemOf(AGENT).reason()).isEqualTo("is required");
    assertThat(view.roleOf(CLIENT)).isEqualTo("customer");
    assertThat(view.roleProblemOf(CLIENT)).isNull();
  }

  private static PeopleView view(PeopleView.RoleChange change) {
    return new PeopleView(
        List.of(AGENT, CLIENT),
        List.of(),
        PeopleView.InviteForm.empty(ZoneId.of("UTC")),
        null,
        null,
        change,
        null);
  }

  private static User user(String id, Role role, String customer) {
    return new User(
        id,
        id + "@example.com",
        "Someone",
        role,
        customer,
        null,
        ZoneId.of("Europe/Rome"),
        true,
        true,
        Instant.parse("2026-03-02T09:00:00Z"));
  }
}
