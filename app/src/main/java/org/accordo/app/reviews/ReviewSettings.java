package org.accordo.app.reviews;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reviews module's settings, {@code accordo.reviews.*}, with their defaults; checked at start.
 *
 * @param remindBefore how long before a review's date its reminders are sent, whole days ({@code
 *     30d,7d}): one reminder per lead time, at the start of that day in the customer's zone
 * @param scheduler whether this node plans and sends reminders ({@code on}, the default)
 * @param pollInterval how often it looks for reminders to plan and send (1 min)
 */
@Validated
@ConfigurationProperties("accordo.reviews")
public record ReviewSettings(
    @NotEmpty @DefaultValue({"30d", "7d"})
        List<@NotNull @DurationMin(days = 1) Duration> remindBefore,
    @DefaultValue("true") boolean scheduler,
    @NotNull @DurationMin(millis = 1) @DefaultValue("1m") Duration pollInterval) {

  /** The lead times in whole days, the longest first. */
  List<Integer> leadDays() {
    return remindBefore.stream()
        .map(d -> (int) d.toDays())
        .distinct()
        .sorted(java.util.Comparator.reverseOrder())
        .toList();
  }
}
