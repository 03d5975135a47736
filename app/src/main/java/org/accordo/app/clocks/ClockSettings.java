package org.accordo.app.clocks;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The clocks module's settings, {@code accordo.clocks.*}, with their defaults; checked at start.
 *
 * @param scheduler whether this node runs the scheduler of due clocks and the worker of clock
 *     rebuilds ({@code on}, the default, or {@code off}: a node that only serves the API, or a task
 *     such as {@code accordo clocks rebuild})
 * @param pollInterval how often the scheduler and the rebuild worker look for due work (1 s)
 */
@Validated
@ConfigurationProperties("accordo.clocks")
public record ClockSettings(
    @DefaultValue("true") boolean scheduler,
    @NotNull @DurationMin(millis = 1) @DefaultValue("1s") Duration pollInterval) {}
