package org.accordo.app.tickets;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The tickets module's settings: how posted events are taken in ({@code accordo.events.*}, {@link
 * EventIntake}), with their defaults; checked at start.
 *
 * @param lanes queues of posted events, each appending the events waiting in it together in one
 *     transaction (1); 0 appends every event in its own
 * @param groupSize the most events one such transaction appends (64)
 * @param lockTimeout how long such a transaction waits for a row another one holds, on PostgreSQL,
 *     before its events are appended one by one (2 s)
 */
@Validated
@ConfigurationProperties("accordo.events")
public record TicketSettings(
    @Min(0) @DefaultValue("1") int lanes,
    @Min(1) @DefaultValue("64") int groupSize,
    @NotNull @DurationMin(millis = 1) @DefaultValue("2s") Duration lockTimeout) {}
