package org.accordo.app.security;

import org.springframework.modulith.NamedInterface;

/**
 * Whether a customer's tokens are let in: the customers module answers (a disabled customer's are
 * not), so that security decides who calls without reading another module's table and without
 * depending on it. Without an implementation every customer is admitted.
 */
@NamedInterface("caller")
public interface CustomerAdmission {

  /** True when the people and tokens of {@code customerId} may use Accordo now. */
  boolean admits(String customerId);
}
