package org.accordo.app.clocks;

import org.accordo.app.refusal.NotVisible;

/**
 * No rebuild was recorded for this contract version (uploaded before rebuilds were recorded, or no
 * such version).
 */
public final class ClockRebuildNotRecorded extends NotVisible {

  public ClockRebuildNotRecorded(String customerId, int version) {
    super("clock rebuild of contract version", customerId + "/" + version);
  }
}
