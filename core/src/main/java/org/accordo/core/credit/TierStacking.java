package org.accordo.core.credit;

/** Whether several availability tiers can be earned together (the contract's {@code stack}). */
public enum TierStacking {
  /** The default: of the tiers that apply, only the one with the lowest threshold is owed. */
  LOWEST_TIER_ONLY,
  /** {@code stack: true}: every tier that applies is owed, and their credits add up. */
  ALL_TIERS
}
