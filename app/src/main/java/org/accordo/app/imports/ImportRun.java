package org.accordo.app.imports;

import java.time.Instant;
import java.util.Objects;

/**
 * One import as recorded: what it imports, where it stands, and its outcome once it has one.
 *
 * @param linesTotal the lines of its ticket list and history together
 * @param linesDone the lines read by the pass it is in (checking, or storing)
 * @param resumeLine the last line of the current file whose chunk is stored
 * @param result its outcome as JSON ({@link ImportResultJson}), or null while it runs
 * @param failure why it failed, or null
 */
public record ImportRun(
    String id,
    String customerId,
    String source,
    ImportMode mode,
    ImportState state,
    ImportPhase phase,
    long linesTotal,
    long linesDone,
    long resumeLine,
    int ticketsToRebuild,
    int ticketsRebuilt,
    int attempts,
    Instant requestedAt,
    String requestedBy,
    Instant finishedAt,
    String failure,
    String result) {

  public ImportRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(phase, "phase");
  }

  /**
   * How far it is, from 0 to 1, for a progress bar: checking is the first fifth (all of a dry run),
   * storing the next half, rebuilding clocks the rest.
   */
  public double progress() {
    if (state.isFinal()) {
      return 1.0;
    }
    double lines = linesTotal == 0 ? 1.0 : Math.min(1.0, (double) linesDone / linesTotal);
    double checking = mode == ImportMode.DRY_RUN ? 1.0 : 0.2;
    return switch (phase) {
      case CHECKING -> checking * lines;
      case TICKETS, HISTORY -> 0.2 + 0.5 * lines;
      case CLOCKS ->
          0.7 + 0.3 * (ticketsToRebuild == 0 ? 1.0 : (double) ticketsRebuilt / ticketsToRebuild);
      case DONE -> 1.0;
    };
  }
}
