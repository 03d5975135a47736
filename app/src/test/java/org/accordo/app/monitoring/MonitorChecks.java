package org.accordo.app.monitoring;

import java.time.Duration;
import java.time.Instant;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;

/** Runs a monitor's check at a chosen instant, for the tests of other modules that need one. */
public final class MonitorChecks {

  private MonitorChecks() {}

  /** Sets the clock to {@code at}, runs the monitors' scheduler and waits for the check. */
  public static void checkAt(RunningServer server, String monitorId, Instant at) {
    server.clock().set(at);
    server.bean(MonitorScheduler.class).poll();
    Await.until(
        Duration.ofSeconds(20),
        () ->
            server
                .jdbc()
                .sql("SELECT last_check_at FROM monitor_run WHERE monitor_id = :id")
                .param("id", monitorId)
                .query((rs, row) -> Timestamps.read(rs, "last_check_at"))
                .optional()
                .orElse(null),
        at::equals,
        "the check of " + monitorId + " at " + at);
  }
}
