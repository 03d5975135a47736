package org.accordo.core.clock;

/** Whether an agent's reply reached the customer; only public replies stop or start clocks. */
public enum ReplyVisibility {
  /** Seen by the customer ({@code "public": true}). */
  PUBLIC,
  /** An internal note ({@code "public": false}). */
  INTERNAL
}
