/**
 * Printed documents shared by every feature: format-neutral {@link org.accordo.app.render.Block}s,
 * their HTML and Markdown writers, the house page ({@link org.accordo.app.render.DocumentRenderer},
 * {@code document.css}) and its PDF form ({@link org.accordo.app.render.PdfRenderer}).
 */
package org.accordo.app.render;
