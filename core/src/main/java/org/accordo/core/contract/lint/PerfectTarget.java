package org.accordo.core.contract.lint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.accordo.core.contract.SourceMap;
import org.accordo.core.yaml.YamlNodes;

/**
 * {@code perfect-target}: a 100% availability, or a zero-minute response, resolution, recovery time
 * or recovery point. No provider can keep it, so every month is a breach. Works on the file's text,
 * so it also explains why a zero target does not load.
 */
final class PerfectTarget extends Rule {

  private static final Pattern TARGETS =
      Pattern.compile(
          "slas\\[\\d+]\\.metrics\\.[^.]+\\.[^.]+\\.target|slas\\[\\d+]\\.availability\\.target"
              + "|security\\.disaster_recovery\\.(?:rpo|rto)");
  private static final Pattern HUNDRED = Pattern.compile("100(?:\\.0*)?\\s*%");

  PerfectTarget() {
    super(
        "perfect-target",
        Severity.ERROR,
        "A target promises perfection: 100% availability or a zero-minute duration.",
        "Promise what can be kept and measured: e.g. 99.9% with a maintenance window, or a positive duration.");
  }

  @Override
  public List<Finding> check(LintSubject subject) {
    List<Finding> findings = new ArrayList<>();
    for (SourceMap.Text text : subject.sourceMap().texts()) {
      if (!TARGETS.matcher(text.path()).matches()) {
        continue;
      }
      String value = text.text().strip();
      if (HUNDRED.matcher(value).matches()) {
        findings.add(
            at(
                subject,
                text.path(),
                text.path() + " promises 100%: any downtime at all is a breach"));
      } else if (YamlNodes.parseDuration(value).filter(Duration::isZero).isPresent()) {
        findings.add(
            at(
                subject,
                text.path(),
                text.path() + " is zero (" + value + "): it is breached the moment it starts"));
      }
    }
    return findings;
  }
}
