/**
 * Printed documents shared by every feature: format-neutral {@link org.accordo.app.render.Block}s,
 * their HTML and Markdown writers, the house page ({@link org.accordo.app.render.DocumentRenderer},
 * {@code document.css}) and its PDF form ({@link org.accordo.app.render.PdfRenderer}).
 */
@ApplicationModule(
    displayName = "Documents (shared)",
    allowedDependencies = {})
package org.accordo.app.render;

import org.springframework.modulith.ApplicationModule;
