package org.accordo.app.notifications;

import java.util.List;
import org.accordo.app.clocks.Escalation;
import org.accordo.core.contract.Contract;

/**
 * A way of telling people or systems of an escalation (or of a {@link CustomerMessage}): e-mail and
 * webhook today; a Teams, Slack or SMS channel is one more Spring bean implementing this, with its
 * settings. The outbox, the dispatcher and the quiet hours know channels only through this
 * interface.
 */
public interface NotificationChannel {

  /**
   * The name stored on the channel's notifications: 1 to 16 of {@code a-z 0-9 -}, starting with a
   * letter, unique among channels; never changed once notifications carry it.
   */
  String name();

  /** People (held by their escalation level's quiet hours) or systems (never held). */
  Audience audience();

  /**
   * Who this channel tells of {@code escalation}; called in the transaction that records it, so
   * reads only.
   *
   * @param contract the contract version measuring the ticket (its escalation levels name people)
   */
  List<Recipient> recipients(Escalation escalation, Contract contract);

  /**
   * Who this channel tells of a message that is not an escalation (a maintenance announced, a
   * statement closed); none by default. Called in the transaction that writes the message, so reads
   * only.
   */
  default List<Recipient> recipients(CustomerMessage message) {
    return List.of();
  }

  /**
   * Delivers one notification. Runs outside any transaction on one of the dispatcher's threads,
   * while the notification is claimed by this node; must return (or throw) within {@code
   * accordo.notifications.delivery-timeout}.
   *
   * @throws DeliveryFailed how it failed and whether to try again; any other exception is recorded
   *     as an internal error and tried again on the delivery's schedule
   */
  void deliver(Notification notification) throws DeliveryFailed;
}
