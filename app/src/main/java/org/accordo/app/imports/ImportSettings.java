package org.accordo.app.imports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The imports module's settings, {@code accordo.imports.*}, with their defaults; checked at start.
 *
 * @param worker whether this node runs imports ({@code on}, the default)
 * @param pollInterval how often the worker looks for an import to run or resume (1 s)
 * @param lease how long a node holds the import it runs without renewing it (2 min): an import left
 *     by a node that died is resumed after it; renewed at every chunk
 * @param attempts how many times an import that fails is tried again before it is {@code failed}
 * @param writeThreads how many chunks of an import are stored at the same time, each in its own
 *     transaction; 0, the default, is one per processor up to 4
 * @param rebuildThreads how many transactions rebuild an import's clocks at the same time, each
 *     {@value ImportRunner#REBUILD_BATCH} tickets; 0, the default, is one per processor up to 4
 */
@Validated
@ConfigurationProperties("accordo.imports")
public record ImportSettings(
    @DefaultValue("true") boolean worker,
    @NotNull @DurationMin(millis = 1) @DefaultValue("1s") Duration pollInterval,
    @NotNull @DurationMin(seconds = 1) @DefaultValue("2m") Duration lease,
    @Min(1) @DefaultValue("3") int attempts,
    @Min(0) @Max(16) @DefaultValue("0") int writeThreads,
    @Min(0) @Max(16) @DefaultValue("0") int rebuildThreads) {

  /** The number of chunk writers: {@link #writeThreads()}, or one per processor. */
  int writers() {
    return orProcessors(writeThreads);
  }

  /** The number of rebuilding threads: {@link #rebuildThreads()}, or one per processor. */
  int rebuilders() {
    return orProcessors(rebuildThreads);
  }

  /**
   * {@code threads}, or one per processor up to {@value #DEFAULT_MOST}: each holds a connection of
   * the pool (10 by default) while the API's requests need theirs too.
   */
  private static int orProcessors(int threads) {
    return threads > 0
        ? threads
        : Math.max(1, Math.min(DEFAULT_MOST, Runtime.getRuntime().availableProcessors()));
  }

  /** The most threads of each kind an import uses by default. */
  static final int DEFAULT_MOST = 4;
}
