package org.accordo.app.imports;

import org.accordo.app.refusal.NotVisible;

/** No such import of the customer, or a customer the caller may not see. */
public final class ImportNotVisible extends NotVisible {

  public ImportNotVisible(String id) {
    super("import", id);
  }
}
