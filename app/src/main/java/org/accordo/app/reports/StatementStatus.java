package org.accordo.app.reports;

import org.accordo.core.report.PeriodReport;

/**
 * Where a month's statement stands: {@code provisional} while its numbers may still change (the
 * month is open, or inside the grace the server gives late events), {@code final} once closed, and
 * {@code amended} for each later version a late change produced. Written as the JSON's {@code
 * status} and marked in the documents.
 */
public enum StatementStatus {
  PROVISIONAL("provisional"),
  FINAL("final"),
  AMENDED("amended");

  private final String id;

  StatementStatus(String id) {
    this.id = id;
  }

  /** The id written in JSON and the API, e.g. {@code provisional}. */
  public String id() {
    return id;
  }

  /** The status with this id, or empty. */
  public static java.util.Optional<StatementStatus> fromId(String id) {
    return java.util.Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  /**
   * The status of a report closed from files ({@code accordo report}): final once the period is
   * over, provisional before; a file has no grace and no later version.
   */
  public static StatementStatus of(PeriodReport report) {
    return report.closed() ? FINAL : PROVISIONAL;
  }
}
