package org.accordo.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.accordo.app.render.Labels;
import org.accordo.app.web.Page;
import org.accordo.core.contract.DocumentLanguage;
import org.junit.jupiter.api.Test;

class NotificationFeedTests {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  @Test
  void showsADeadDeliveryWithItsFailureAndOffersItsRetry() {
    Notification dead =
        new Notification(
            "n1",
            "e1",
            "bianchi",
            new NotifiedTicket("t1", "INC-7", "Mail down"),
            "webhook",
            new Recipient("https://hooks.example/a", "hooks.example"),
            "[Accordo] L1",
            "{}",
            new Delivery(
                DeliveryState.DEAD,
                4,
                null,
                new DeliveryFailure(FailureReason.STATUS, 500, "boom"),
                null,
                "node-a"),
            Instant.parse("2026-03-09T09:23:00Z"),
            null);

    NotificationFeed feed =
        NotificationFeed.of(
            "bianchi",
            DeliveryState.DEAD,
            new Page<>(List.of(dead), 1, NotificationFeed.SIZE, 60, "-created_at"),
            List.of(),
            true,
            ROME,
            Labels.of(DocumentLanguage.IT));

    assertThat(feed.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.at()).isEqualTo("2026-03-09 10:23 +01:00");
              assertThat(line.ticket()).isEqualTo("INC-7 · Mail down");
              assertThat(line.state()).isEqualTo("abbandonata");
              assertThat(line.css()).isEqualTo("dead");
              assertThat(line.failure()).isEqualTo(dead.delivery().lastFailure().label());
              assertThat(line.dead()).isTrue();
            });
    assertThat(feed.pages()).isEqualTo(3);
    assertThat(feed.hasPrevious()).isTrue();
    assertThat(feed.hasNext()).isTrue();
    assertThat(feed.link(2)).isEqualTo("/notifications?page=2&customer=bianchi&state=dead");
  }

  @Test
  void hasOnePageWhenNothingMatches() {
    NotificationFeed feed =
        NotificationFeed.of(
            null,
            null,
            new Page<>(List.of(), 0, NotificationFeed.SIZE, 0, "-created_at"),
            List.of(),
            false,
            ROME,
            Labels.of(DocumentLanguage.EN));

    assertThat(feed.pages()).isEqualTo(1);
    assertThat(feed.hasNext()).isFalse();
    assertThat(feed.link(0)).isEqualTo("/notifications?page=0");
  }
}
