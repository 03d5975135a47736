package org.accordo.app.eventcodec;

import java.util.List;

/**
 * An event's payload fields as written, before they are checked: what a JSON object of an event
 * holds besides its ticket, id, type and {@code at}. A field left out is null.
 *
 * @param priority {@code created}, {@code priority_changed}
 * @param status {@code status_changed}: a status id
 * @param isPublic {@code agent_replied}: the JSON field {@code public}
 * @param from {@code excluded}: an instant
 * @param to {@code excluded}: an instant
 * @param reason {@code excluded}
 * @param metrics {@code excluded}, optional: metric ids, none given meaning all
 */
public record EventFields(
    String priority,
    String status,
    Boolean isPublic,
    String from,
    String to,
    String reason,
    List<String> metrics) {}
