package org.accordo.app.ui;

import java.util.Objects;

/**
 * One link of the header's navigation.
 *
 * @param href where it goes, e.g. {@code /board}
 * @param label its label, in the viewer's language
 * @param current true on the page it leads to (shown as such, {@code aria-current="page"})
 */
public record NavItem(String href, String label, boolean current) {

  public NavItem {
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(label, "label");
  }
}
