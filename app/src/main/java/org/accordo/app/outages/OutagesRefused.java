package org.accordo.app.outages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accordo.app.refusal.Unacceptable;
import org.accordo.app.reports.OutagesCsv;

/**
 * An outages file with bad lines, uploaded all or nothing: nothing of it is stored, and every bad
 * line is named with its number.
 */
public final class OutagesRefused extends Unacceptable {

  /** The most lines the answer lists; {@code refused_lines} counts them all. */
  static final int LISTED = 1000;

  public OutagesRefused(List<OutagesCsv.Line.Refused> refused, long total) {
    super("invalid-outages", message(refused, total), details(refused, total));
  }

  private static String message(List<OutagesCsv.Line.Refused> refused, long total) {
    OutagesCsv.Line.Refused first = refused.get(0);
    return "line "
        + first.number()
        + ": "
        + first.problem()
        + (total > 1 ? " (and " + (total - 1) + " more bad lines)" : "")
        + "; nothing was stored";
  }

  private static Map<String, Object> details(List<OutagesCsv.Line.Refused> refused, long total) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("line", refused.get(0).number());
    details.put("refused_lines", total);
    details.put(
        "errors",
        refused.stream()
            .limit(LISTED)
            .map(r -> Map.<String, Object>of("line", r.number(), "message", r.problem()))
            .toList());
    return details;
  }
}
