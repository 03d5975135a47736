package org.accordo.app.justifications;

import org.accordo.app.refusal.NotPermitted;

/** The four-eyes rule: whoever asked for a justification may not decide it. */
public final class SameApprover extends NotPermitted {

  public SameApprover() {
    super("the token that asked for this justification may not decide it (four eyes)");
  }
}
