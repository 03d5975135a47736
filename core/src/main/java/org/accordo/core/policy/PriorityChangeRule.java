package org.accordo.core.policy;

/** What a priority change does to clocks that have not stopped (SLA semantics §3). */
public enum PriorityChangeRule {
  /**
   * The clock keeps its start and takes the target and calendar of the priority in force when it
   * stops.
   */
  RETROACTIVE,
  /**
   * The running cycle ends as superseded; a new cycle starts at the change under the new priority.
   */
  RESTART
}
