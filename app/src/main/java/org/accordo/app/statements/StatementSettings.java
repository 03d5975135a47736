package org.accordo.app.statements;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The statements module's settings, {@code accordo.close.*}, with their defaults; checked at start.
 *
 * @param grace how long after a month's end late events may still change its statement before it is
 *     closed (3 days)
 * @param scheduler whether this node closes months, amends them after late changes and prints their
 *     PDFs ({@code on}, the default, or {@code off})
 * @param pollInterval how often it looks for such work (1 min)
 * @param threads how many months this node closes (and amends, and prints) at the same time; 0, the
 *     default, is one per processor the JVM sees ({@link #closeThreads()})
 */
@Validated
@ConfigurationProperties("accordo.close")
public record StatementSettings(
    @NotNull @DurationMin(millis = 0) @DefaultValue("3d") Duration grace,
    @DefaultValue("true") boolean scheduler,
    @NotNull @DurationMin(millis = 1) @DefaultValue("1m") Duration pollInterval,
    @Min(0) @Max(64) @DefaultValue("0") int threads) {

  /** The number of close threads: {@link #threads()}, or one per processor when it is 0. */
  public int closeThreads() {
    return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
