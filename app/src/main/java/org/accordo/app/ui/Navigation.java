package org.accordo.app.ui;

import java.util.ArrayList;
import java.util.List;
import org.accordo.app.render.Labels;
import org.accordo.app.security.Role;

/**
 * The header's links for each role. A page a later feature adds is one more line here
 * (docs/web.md).
 */
final class Navigation {

  /** A link: its path, its label's key, and the roles that see it. */
  private record Link(String href, String labelKey, List<Role> roles) {}

  private static final List<Link> LINKS =
      List.of(
          new Link("/board", "page.nav.board", List.of(Role.ADMIN, Role.AGENT)),
          new Link("/customers", "page.nav.customers", List.of(Role.ADMIN, Role.AGENT)),
          new Link("/escalations", "page.nav.escalations", List.of(Role.ADMIN, Role.AGENT)),
          new Link("/notifications", "page.nav.notifications", List.of(Role.ADMIN, Role.AGENT)),
          new Link(
              "/disputes", "page.nav.disputes", List.of(Role.ADMIN, Role.AGENT, Role.CUSTOMER)),
          new Link("/justifications", "page.nav.justifications", List.of(Role.ADMIN, Role.AGENT)),
          new Link("/rcas", "page.nav.rcas", List.of(Role.ADMIN, Role.AGENT, Role.CUSTOMER)),
          new Link("/admin/people", "page.nav.people", List.of(Role.ADMIN)),
          new Link("/admin/tokens", "page.nav.tokens", List.of(Role.ADMIN)),
          new Link("/admin/webhooks", "page.nav.webhooks", List.of(Role.ADMIN)),
          new Link("/admin/sources", "page.nav.sources", List.of(Role.ADMIN)),
          new Link("/admin/audit", "page.nav.audit", List.of(Role.ADMIN)),
          new Link("/portal", "page.nav.portal", List.of(Role.CUSTOMER)),
          new Link("/portal/monitors", "page.nav.status", List.of(Role.CUSTOMER)));

  private Navigation() {}

  /** The links {@code viewer} sees (none for nobody signed in), the one of {@code path} current. */
  static List<NavItem> of(Viewer viewer, String path, Labels labels) {
    List<NavItem> items = new ArrayList<>();
    if (viewer == null) {
      return items;
    }
    for (Link link : LINKS) {
      if (link.roles().contains(viewer.role())) {
        boolean current = path.equals(link.href()) || path.startsWith(link.href() + "/");
        items.add(new NavItem(link.href(), labels.get(link.labelKey()), current));
      }
    }
    return items;
  }
}
