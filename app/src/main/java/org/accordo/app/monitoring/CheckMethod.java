package org.accordo.app.monitoring;

import java.util.Arrays;
import java.util.Optional;

/** The HTTP methods a check may send: neither changes anything on the target. */
public enum CheckMethod {
  GET,
  HEAD;

  static Optional<CheckMethod> of(String name) {
    return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
  }
}
