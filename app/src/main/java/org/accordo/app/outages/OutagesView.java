package org.accordo.app.outages;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.accordo.core.availability.OutageCause;

/**
 * The outages page's view: one page of a customer's outages and maintenance windows, and the forms
 * of those who may change them: staff record an outage (service, from, to, cause, note, instants
 * typed in the reader's zone); admins reclassify an outage's cause with a reason, in its row. A
 * refused form is shown again as typed with the field at fault and why.
 *
 * @param customerId the customer's id
 * @param lines this page's outages, newest first
 * @param page the page, from 0
 * @param hasNext whether an older page follows
 * @param canRecord true for staff: the recording form is shown
 * @param canReclassify true for admins: each row has its reclassification form
 * @param form the recording form's values
 * @param problem why the last form sent was refused, or null
 * @param notice what the last form sent did (already in words), or null
 */
public record OutagesView(
    String customerId,
    List<OutageLine> lines,
    int page,
    boolean hasNext,
    boolean canRecord,
    boolean canReclassify,
    RecordForm form,
    Problem problem,
    String notice) {

  /** The causes an outage may have, as their ids, in the order the forms offer them. */
  public static final List<String> CAUSES =
      Arrays.stream(OutageCause.values()).map(OutageCause::id).toList();

  public OutagesView {
    Objects.requireNonNull(customerId, "customerId");
    lines = List.copyOf(lines);
    Objects.requireNonNull(form, "form");
  }

  /** The path of another page of the list. */
  public String pageLink(int other) {
    return "/outages/" + customerId + "?page=" + other;
  }

  /** Where the recording form posts. */
  public String recordLink() {
    return "/outages/" + customerId;
  }

  /** Where {@code line}'s reclassification form posts. */
  public String reclassifyLink(OutageLine line) {
    return "/outages/" + customerId + "/" + line.id() + "/cause";
  }

  /** The reason {@code field} of the recording form was refused, or null. */
  public String recordProblem(String field) {
    return problem != null && problem.outageId() == null && problem.field().equals(field)
        ? problem.reason()
        : null;
  }

  /** The reason {@code field} of {@code line}'s reclassification was refused, or null. */
  public String reclassifyProblem(OutageLine line, String field) {
    return problem != null && line.id().equals(problem.outageId()) && problem.field().equals(field)
        ? problem.reason()
        : null;
  }

  /**
   * The recording form's values as typed.
   *
   * @param service the contract's service
   * @param from its start, {@code yyyy-MM-dd HH:mm} in the reader's zone
   * @param to its end, or blank while it goes on
   * @param cause a cause's id
   * @param note free text
   */
  public record RecordForm(String service, String from, String to, String cause, String note) {

    /** The empty form: a provider's outage. */
    public static RecordForm empty() {
      return new RecordForm("", "", "", OutageCause.PROVIDER.id(), "");
    }
  }

  /**
   * Why a form was refused.
   *
   * @param outageId the outage whose reclassification was refused, or null for the recording form
   * @param field the field at fault ({@code service}, {@code from}, {@code to}, {@code cause},
   *     {@code note}, {@code reason})
   * @param reason why
   */
  public record Problem(String outageId, String field, String reason) {

    public Problem {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
