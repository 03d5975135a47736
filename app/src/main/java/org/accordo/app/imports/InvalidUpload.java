package org.accordo.app.imports;

import org.accordo.app.refusal.InvalidField;

/** A part of an import's upload that cannot be read: missing, not UTF-8, a line too long. */
public final class InvalidUpload extends InvalidField {

  public InvalidUpload(String part, String message) {
    super(part, message);
  }
}
