package org.accordo.app.reports;

/**
 * Whether a printed form of the report draws its charts (HTML, PDF) or leaves them out (Markdown).
 */
enum Charts {
  DRAWN,
  LEFT_OUT
}
