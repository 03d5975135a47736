package org.accordo.app.operations;

import java.util.Objects;

/**
 * The id of this server among the nodes sharing one database: recorded on the escalations it
 * records and the deliveries it attempts, so an operator sees which node did the work.
 *
 * @param value 1 to 100 visible ASCII characters
 */
public record NodeId(String value) {

  /** The longest id the {@code recorded_by_node} and {@code delivered_by_node} columns hold. */
  public static final int MAX_LENGTH = 100;

  public NodeId {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()
        || value.length() > MAX_LENGTH
        || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new InvalidNodeId(value);
    }
  }

  /**
   * The configured id, or {@code <host>-<pid>} when none is configured.
   *
   * @param configured {@code accordo.node-id} (or {@code ACCORDO_NODE_ID}), null or blank when not
   *     set
   * @param host this machine's name; characters other than visible ASCII become {@code _}
   * @throws InvalidNodeId when {@code configured} is not 1 to 100 visible ASCII characters
   */
  public static NodeId of(String configured, String host, long pid) {
    if (configured != null && !configured.isBlank()) {
      return new NodeId(configured.strip());
    }
    String suffix = "-" + pid;
    String name =
        host == null || host.isBlank() ? "node" : host.strip().replaceAll("[^\\x21-\\x7e]", "_");
    return new NodeId(
        name.substring(0, Math.min(name.length(), MAX_LENGTH - suffix.length())) + suffix);
  }

  @Override
  public String toString() {
    return value;
  }

  /** A configured node id that the columns recording it cannot hold. */
  public static final class InvalidNodeId extends IllegalArgumentException {
    InvalidNodeId(String value) {
      super(
          "accordo.node-id (ACCORDO_NODE_ID) must be 1 to "
              + MAX_LENGTH
              + " visible ASCII characters without spaces,"
              + " was '"
              + value
              + "'");
    }
  }
}
