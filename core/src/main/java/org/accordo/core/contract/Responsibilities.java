package org.accordo.core.contract;

import java.util.List;

/**
 * What each party must do, and what lies outside the provider's control. An empty list means the
 * contract does not say (the linter reports the customer's and the outside-control lists).
 *
 * @param provider the provider's duties
 * @param customer the customer's duties
 * @param outsideProviderControl causes the provider does not answer for
 */
public record Responsibilities(
    List<String> provider, List<String> customer, List<String> outsideProviderControl) {

  /** A contract that says nothing about responsibilities. */
  public static final Responsibilities NONE = new Responsibilities(List.of(), List.of(), List.of());

  public Responsibilities {
    provider = List.copyOf(provider);
    customer = List.copyOf(customer);
    outsideProviderControl = List.copyOf(outsideProviderControl);
  }
}
