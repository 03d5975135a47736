package org.accordo.app.notifications;

import java.util.Objects;

/**
 * Who a channel delivers a notification to.
 *
 * @param address the channel's address of the recipient: an e-mail address, a webhook
 *     subscription's id
 * @param destination the remote end the delivery goes to (a receiver's host, the SMTP server): the
 *     dispatcher runs at most {@code per-destination} deliveries at once to each; null for rows
 *     written before destinations were
 */
public record Recipient(String address, String destination) {

  public Recipient {
    Objects.requireNonNull(address, "address");
  }
}
