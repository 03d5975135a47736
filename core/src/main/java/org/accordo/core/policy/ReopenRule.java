package org.accordo.core.policy;

/**
 * What a reopen (status leaving resolved/closed) does to the resolution clock (SLA semantics §3).
 */
public enum ReopenRule {
  /** The resolution clock goes on; the time spent resolved does not count. */
  RESUME,
  /** A new resolution cycle starts at the reopen. */
  RESTART
}
