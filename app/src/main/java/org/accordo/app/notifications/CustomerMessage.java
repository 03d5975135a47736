package org.accordo.app.notifications;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A message to a customer's people and systems that is not an escalation: a maintenance window
 * announced, a month's statement closed or amended. The outbox delivers it like an escalation's
 * notifications: an e-mail to each address of {@code emailTo}, a signed webhook to each active
 * subscription of the customer (or of every customer), retried until delivered.
 *
 * @param customerId the customer it is about
 * @param type what happened, as receivers branch on it: {@code maintenance.announced}, {@code
 *     statement.closed}, ...; 1 to 40 of {@code a-z 0-9 . _}
 * @param subject the e-mail's subject line, also shown in the list of deliveries
 * @param fields the JSON document's fields after {@code delivery_id}, {@code type} and {@code
 *     customer_id}, in order (plain values, lists and maps)
 * @param emailTo the addresses the e-mail goes to (none: no e-mail)
 * @param attachment a reference to a document the e-mail carries, resolved when it is delivered by
 *     the {@link MessageAttachments} of the module that stored it; empty for none
 * @param audiences who hears of it: people (e-mail), systems (webhooks), or both; a message told in
 *     two steps (a statement's webhook at its close, its e-mail once its PDF is printed) names one
 *     audience each time
 */
public record CustomerMessage(
    String customerId,
    String type,
    String subject,
    Map<String, Object> fields,
    List<String> emailTo,
    Optional<String> attachment,
    Set<Audience> audiences) {

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9._]{0,39}");

  public CustomerMessage {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(type, "type");
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException(
          "a message type is 1 to 40 of a-z, 0-9, '.' and '_', was '" + type + "'");
    }
    Objects.requireNonNull(subject, "subject");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    emailTo = List.copyOf(emailTo);
    Objects.requireNonNull(attachment, "attachment");
    if (attachment.isPresent() && attachment.get().length() > 200) {
      throw new IllegalArgumentException("an attachment reference is at most 200 characters");
    }
    audiences = Set.copyOf(audiences);
    if (audiences.isEmpty()) {
      throw new IllegalArgumentException("a message is told to people, systems or both");
    }
  }

  /** A message for people and systems alike. */
  public static Set<Audience> everyone() {
    return Set.of(Audience.PEOPLE, Audience.SYSTEMS);
  }
}
