package org.accordo.app.clocks;

import java.util.List;
import java.util.Objects;
import org.accordo.core.contract.Contract;

/**
 * Told of each escalation or breach when it is recorded, in the recording transaction: the outbox
 * writes its notifications here, so they commit or roll back with the record.
 */
public interface EscalationListener {

  /**
   * @param contract the contract version that measures the ticket (its escalation levels name the
   *     recipients)
   */
  void recorded(Escalation escalation, Contract contract);

  /** An escalation or breach recorded, with the contract version that measures its ticket. */
  record Recorded(Escalation escalation, Contract contract) {
    public Recorded {
      Objects.requireNonNull(escalation, "escalation");
      Objects.requireNonNull(contract, "contract");
    }
  }

  /**
   * Told of several escalations recorded together (a refresh of many tickets), in their order; by
   * default one {@link #recorded} call each.
   */
  default void recordedAll(List<Recorded> recorded) {
    recorded.forEach(r -> recorded(r.escalation(), r.contract()));
  }
}
