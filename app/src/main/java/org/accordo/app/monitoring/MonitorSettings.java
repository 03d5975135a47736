package org.accordo.app.monitoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.accordo.app.egress.EgressPolicy;
import org.accordo.app.egress.EgressSettings;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The monitors' settings, {@code accordo.monitoring.*}, checked at start. Checks go through the
 * egress policy: what {@code accordo.egress.allow} allows every outbound connection, plus what
 * {@code accordo.monitoring.allow} allows monitors only.
 *
 * @param scheduler whether this node runs checks ({@code true}, the default)
 * @param pollInterval how often the scheduler claims due checks (1 s)
 * @param minInterval the shortest interval a monitor may ask for (30 s)
 * @param threads checks running at once on this node (64); a hanging target holds one for at most
 *     its timeout
 * @param perCustomer checks of one customer running at once on this node (16): a customer whose
 *     targets hang delays only its own checks
 * @param maxBody the most bytes of an answer's body read for a keyword (64 KiB)
 * @param allow address blocks monitors may reach although of a refused kind, on top of {@code
 *     accordo.egress.allow} ({@code ACCORDO_MONITORING_ALLOW}, comma-separated CIDR blocks, e.g.
 *     {@code 10.20.0.0/16}): customers' internal hosts reached over a VPN, which webhooks may not
 *     reach. Empty by default; a bad block fails the start naming the setting.
 */
@Validated
@ConfigurationProperties("accordo.monitoring")
public record MonitorSettings(
    @DefaultValue("true") boolean scheduler,
    @NotNull @DurationMin(millis = 1) @DefaultValue("1s") Duration pollInterval,
    @NotNull @DurationMin(seconds = 1) @DefaultValue("30s") Duration minInterval,
    @Min(1) @Max(1024) @DefaultValue("64") int threads,
    @Min(1) @Max(1024) @DefaultValue("16") int perCustomer,
    @Min(1024) @Max(16_777_216) @DefaultValue("65536") int maxBody,
    @DefaultValue List<String> allow) {

  /** The setting's name, as refusals and start failures name it. */
  static final String ALLOW = "accordo.monitoring.allow";

  public MonitorSettings {
    allow = List.copyOf(allow);
    EgressSettings.blocks(ALLOW, allow);
  }

  /** The egress policy of checks: {@code egress} with the blocks of {@code allow} allowed too. */
  EgressPolicy reach(EgressPolicy egress) {
    return egress.alsoAllowing(EgressSettings.blocks(ALLOW, allow), ALLOW);
  }
}
