/**
 * What every page shares: the signed-in {@link org.accordo.app.ui.Viewer}, the {@link
 * org.accordo.app.ui.PageContext} each template receives (labels in the viewer's language, instants
 * in the viewer's time zone, the navigation for the viewer's role, the CSRF token), the layout
 * template, the HTML error pages, and the home page that sends each person where they work. Pages
 * of a feature live in that feature's module, annotated {@link org.accordo.app.ui.WebPage}
 * (docs/web.md).
 */
@ApplicationModule(
    displayName = "Pages (shared layout)",
    allowedDependencies = {"security::caller"})
package org.accordo.app.ui;

import org.springframework.modulith.ApplicationModule;
