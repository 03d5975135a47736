package org.accordo.core.contract.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.SourceMap;

/**
 * {@code days-on-business-calendar}: a duration written in days or weeks ({@code 5d}, {@code 1w},
 * {@code P5D}) and measured on a calendar that is not open around the clock. A day is 24 hours of
 * that calendar's open time, so {@code 5d} on a 9-to-18 office calendar is 120 office hours — about
 * three working weeks — where the writer almost always meant five working days.
 */
final class DaysOnBusinessCalendar extends ContractRule {

  private static final Pattern MEASURED =
      Pattern.compile(
          "slas\\[\\d+]\\.metrics\\.[^.]+\\.[^.]+\\.target|problem_management\\.root_cause_analysis\\.within\\.duration"
              + "|reporting\\.delivered_within\\.duration");
  private static final Pattern SHORT = Pattern.compile("(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?");

  DaysOnBusinessCalendar() {
    super(
        "days-on-business-calendar",
        Severity.WARNING,
        "A duration in days or weeks is measured on a business-hours calendar, where a day means 24 open hours.",
        "Write the business time in hours (five 8-hour days = 40h), or measure it on a 24x7 calendar.");
  }

  @Override
  List<Finding> check(Contract c, LintSubject s) {
    List<Finding> findings = new ArrayList<>();
    for (SourceMap.Text text : s.sourceMap().texts()) {
      if (MEASURED.matcher(text.path()).matches() && writtenInDays(text.text().strip())) {
        calendarOf(s, text.path())
            .filter(calendar -> !c.isAlwaysOpen(calendar))
            .ifPresent(
                calendar ->
                    findings.add(
                        at(
                            s,
                            text.path(),
                            text.path()
                                + " is "
                                + text.text().strip()
                                + " on '"
                                + calendar
                                + "': a day there is 24 open hours, not a working day")));
      }
    }
    return findings;
  }

  /** True for {@code 5d}, {@code 1w2d}, {@code 1d4h}, {@code P5D}, {@code P1W}, {@code P1DT2H}. */
  static boolean writtenInDays(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.startsWith("p")) {
      int time = t.indexOf('t');
      String date = time < 0 ? t : t.substring(0, time);
      return date.contains("d") || date.contains("w");
    }
    return SHORT.matcher(t).matches() && (t.contains("d") || t.contains("w"));
  }

  private static Optional<String> calendarOf(LintSubject s, String path) {
    String sibling = path.substring(0, path.lastIndexOf('.')) + ".calendar";
    return s.sourceMap().texts().stream()
        .filter(t -> t.path().equals(sibling))
        .map(t -> t.text().strip())
        .findFirst();
  }
}
