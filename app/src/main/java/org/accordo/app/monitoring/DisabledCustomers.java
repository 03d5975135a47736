package org.accordo.app.monitoring;

import java.time.Instant;
import org.accordo.app.customers.CustomerState;
import org.accordo.app.customers.CustomerStateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stops the monitors of a customer when it is disabled and resumes them when it is enabled, in the
 * transaction of the change. Disabled: no check of its monitors is claimed, a check running then is
 * dropped, their coverage ends at that instant (what follows is uncovered time, neither up nor
 * down), and an outage a monitor opened is closed there (nothing measured after it, so no downtime
 * is invented); what the runs had confirmed is forgotten. Enabled: every monitor not paused is due
 * at once and confirms afresh.
 */
@Component
class DisabledCustomers {

  private final MonitorRepository monitors;
  private final MonitorRunRepository runs;
  private final CoverageRepository coverage;
  private final MonitorOutages outages;

  DisabledCustomers(
      MonitorRepository monitors,
      MonitorRunRepository runs,
      CoverageRepository coverage,
      MonitorOutages outages) {
    this.monitors = monitors;
    this.runs = runs;
    this.coverage = coverage;
    this.outages = outages;
  }

  @EventListener
  void customerStateChanged(CustomerStateChanged changed) {
    if (changed.state() == CustomerState.DISABLED) {
      stop(changed.customerId(), changed.at());
    } else {
      runs.releaseCustomer(changed.customerId(), changed.at());
    }
  }

  private void stop(String customerId, Instant at) {
    runs.holdCustomer(customerId);
    coverage.cutCustomer(customerId, at);
    for (MonitorRunRepository.IdentifiedRun held : runs.ofCustomer(customerId)) {
      held.run()
          .outageId()
          .ifPresent(
              outage ->
                  monitors
                      .findForRun(held.monitorId())
                      .ifPresent(monitor -> outages.endMeasured(monitor, outage, at)));
    }
    runs.forgetCustomer(customerId);
  }
}
