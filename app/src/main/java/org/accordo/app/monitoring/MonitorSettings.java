package org.accordo.app.monitoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The monitors' settings, {@code accordo.monitoring.*}, checked at start. Which addresses checks
 * may reach is the egress policy's ({@code accordo.egress.allow}), the one list for every outbound
 * connection.
 *
 * @param scheduler whether this node runs checks ({@code true}, the default)
 * @param pollInterval how often the scheduler claims due checks (1 s)
 * @param minInterval the shortest interval a monitor may ask for (30 s)
 * @param threads checks running at once on this node (64); a hanging target holds one for at most
 *     its timeout
 * @param perCustomer checks of one customer running at once on this node (16): a customer whose
 *     targets hang delays only its own checks
 * @param maxBody the most bytes of an answer's body read for a keyword (64 KiB)
 */
@Validated
@ConfigurationProperties("accordo.monitoring")
public record MonitorSettings(
    @DefaultValue("true") boolean scheduler,
    @NotNull @DurationMin(millis = 1) @DefaultValue("1s") Duration pollInterval,
    @NotNull @DurationMin(seconds = 1) @DefaultValue("30s") Duration minInterval,
    @Min(1) @Max(1024) @DefaultValue("64") int threads,
    @Min(1) @Max(1024) @DefaultValue("16") int perCustomer,
    @Min(1024) @Max(16_777_216) @DefaultValue("65536") int maxBody) {}
