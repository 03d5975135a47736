package org.accordo.core.contract;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code contract:} section: who agrees, what version, for how long, when it is reviewed.
 *
 * @param id the contract's id, unique per MSP
 * @param title the agreement's title as printed
 * @param language the language of rendered labels
 * @param version the version number, at least 1
 * @param supersedes the version this one replaces, or empty
 * @param effective the days in force
 * @param review the review schedule, or empty (the linter reports it)
 * @param provider the MSP
 * @param customer the client company
 * @param timezone the zone of the contract's periods (SLA semantics §5), or empty for the zone of
 *     its first calendar
 */
public record ContractHeader(
    String id,
    String title,
    DocumentLanguage language,
    int version,
    Optional<Integer> supersedes,
    Term effective,
    Optional<ReviewSchedule> review,
    Party provider,
    Party customer,
    Optional<ZoneId> timezone) {

  public ContractHeader {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(supersedes, "supersedes");
    Objects.requireNonNull(effective, "effective");
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(timezone, "timezone");
    if (version < 1) {
      throw new IllegalArgumentException("a contract version must be >= 1, was " + version);
    }
  }
}
