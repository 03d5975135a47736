package org.accordo.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.accordo.app.refusal.InvalidField;
import org.junit.jupiter.api.Test;

class AuditViewTests {

  @Test
  void keepsTheFiltersInItsPagingLinks() {
    AuditView view =
        new AuditView(
            "user:ab", "", "token.created", "2026-03-01", "2026-03-09", List.of(), 1, 3, 120, null);

    assertThat(view.hasPrevious()).isTrue();
    assertThat(view.hasNext()).isTrue();
    assertThat(view.link(2))
        .isEqualTo(
            "/admin/audit?page=2&actor=user%3Aab&action=token.created&from=2026-03-01&to=2026-03-09");
  }

  @Test
  void refusesAnEndBeforeTheStartNamingTo() {
    assertThatThrownBy(
            () ->
                new AuditFilter(
                    null,
                    null,
                    null,
                    Instant.parse("2026-03-09T00:00:00Z"),
                    Instant.parse("2026-03-08T00:00:00Z")))
        .isInstanceOf(InvalidField.class)
        .hasMessageContaining("to");
  }
}
