package org.accordo.app.justifications;

/**
 * The form an agent asks with, as typed (shown again with the refused field named), the interval's
 * instants typed in the reader's zone as {@code 2026-03-02T09:00}.
 *
 * @param refusedField the field a refusal named, or null
 * @param refusal why, or null
 */
public record JustificationForm(
    String ticketId,
    String metric,
    String cycle,
    String reason,
    String evidence,
    String from,
    String to,
    String refusedField,
    String refusal) {

  /** The ids of the reason codes, in the order the form lists them. */
  public static java.util.List<String> reasons() {
    return java.util.Arrays.stream(ReasonCode.values()).map(ReasonCode::id).toList();
  }

  /** True when the refusal named {@code field}. */
  public boolean refused(String field) {
    return field.equals(refusedField);
  }
}
