package org.accordo.app.disputes;

import java.time.Instant;
import java.util.Objects;

/**
 * A message of a dispute's thread.
 *
 * @param seq its place in the thread, from 1
 * @param author the id of the token (or user) that wrote it
 * @param byStaff written by the MSP's staff (admin or agent), else by the customer
 * @param internal a staff note the customer never reads
 */
public record DisputeMessage(
    String disputeId,
    int seq,
    String customerId,
    String author,
    boolean byStaff,
    boolean internal,
    String text,
    Instant writtenAt) {

  public DisputeMessage {
    Objects.requireNonNull(disputeId, "disputeId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(writtenAt, "writtenAt");
    if (seq < 1) {
      throw new IllegalArgumentException("a message's seq starts at 1, was " + seq);
    }
    if (internal && !byStaff) {
      throw new IllegalArgumentException("only staff write internal notes");
    }
  }
}
