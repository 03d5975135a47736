package org.accordo.app.notifications;

import java.time.Instant;
import java.util.Optional;
import org.accordo.app.clocks.TicketClocks;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.EscalationLevel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quiet hours: a message to people ({@link Audience#PEOPLE}, such as e-mail) of an escalation level
 * that names {@code hours} (a calendar of the contract, the recipients' hours) is attempted only
 * while that calendar is open, the first attempt and every retry. Messages to systems (webhooks)
 * are never held.
 */
@Component
class QuietHours {

  private final TicketClocks clocks;
  private final ContractLibrary contracts;
  private final NotificationChannels channels;
  private final JsonMapper json;

  QuietHours(
      TicketClocks clocks,
      ContractLibrary contracts,
      NotificationChannels channels,
      JsonMapper json) {
    this.clocks = clocks;
    this.contracts = contracts;
    this.channels = channels;
    this.json = json;
  }

  /**
   * The first instant at or after {@code at} when the calendar is open; {@code at} without a
   * calendar.
   */
  static Instant firstOpen(Optional<BusinessCalendar> hours, Instant at) {
    return hours
        .filter(calendar -> !calendar.isOpen(at))
        .map(calendar -> calendar.nextOpen(at))
        .orElse(at);
  }

  /** The calendar of the level's hours in the contract, if it names one. */
  static Optional<BusinessCalendar> hours(Optional<EscalationLevel> level, Contract contract) {
    return level.flatMap(EscalationLevel::hours).map(contract.calendars()::get);
  }

  /**
   * When a retry of {@code n} planned for {@code at} may be attempted: at, or later for a message
   * to people whose hours are closed then.
   */
  Instant retryAt(Notification n, Instant at) {
    boolean forPeople =
        channels.named(n.channel()).map(c -> c.audience() == Audience.PEOPLE).orElse(false);
    if (!forPeople || n.isAccountMessage()) {
      return at;
    }
    String levelId = json.readTree(n.payload()).path("level").asString(null);
    if (levelId == null) {
      return at;
    }
    return clocks
        .sla(n.ticket().id())
        .map(sla -> contracts.load(sla.customerId(), sla.contractVersion()).contract())
        .map(
            contract ->
                firstOpen(
                    hours(contract.escalation().flatMap(m -> m.level(levelId)), contract), at))
        .orElse(at);
  }
}
