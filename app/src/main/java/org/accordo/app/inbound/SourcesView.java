package org.accordo.app.inbound;

import java.util.List;
import java.util.Objects;

/**
 * What the inbound sources page shows: every source (never its secret), the form as typed (never
 * the secret), and a refusal.
 *
 * @param lines the sources
 * @param id the id typed
 * @param name the name typed
 * @param problem why registering was refused, or null
 */
public record SourcesView(List<SourcesView.Line> lines, String id, String name, String problem) {

  /**
   * A source.
   *
   * @param id the id it names itself with
   * @param name what it is
   * @param created when it was registered, in the viewer's zone
   * @param disabled when it was disabled, or null
   */
  public record Line(String id, String name, String created, String disabled) {}

  public SourcesView {
    lines = List.copyOf(lines);
    id = Objects.requireNonNullElse(id, "");
    name = Objects.requireNonNullElse(name, "");
  }
}
