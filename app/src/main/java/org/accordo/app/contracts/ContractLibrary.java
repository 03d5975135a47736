package org.accordo.app.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoader;
import org.springframework.stereotype.Component;

/**
 * Stored contract versions as loaded {@link Contract}s, for the server's own work (clocks,
 * escalations, outages, the monthly close), not for callers: it checks no token. A version never
 * changes once stored, so each is loaded once and kept.
 */
@Component
public class ContractLibrary {

  private final ContractRepository contracts;
  private final Map<String, Contract> loaded = new ConcurrentHashMap<>();

  ContractLibrary(ContractRepository contracts) {
    this.contracts = contracts;
  }

  /**
   * A stored version with its contract.
   *
   * @param version the version number of the customer's contract
   * @param contract the loaded contract
   */
  public record LoadedContract(int version, Contract contract) {
    public LoadedContract {
      Objects.requireNonNull(contract, "contract");
    }
  }

  /**
   * The version in force for the customer on {@code date} (the latest upload covering it), or
   * empty.
   */
  public Optional<LoadedContract> inForce(String customerId, LocalDate date) {
    return contracts.inForce(customerId, date).map(v -> load(customerId, v.version()));
  }

  /** The customer's versions, oldest first (the dates each is in force on, when uploaded). */
  public List<ContractVersion> versions(String customerId) {
    return contracts.list(customerId);
  }

  /** Every customer's versions, by customer then version: what the monthly close plans from. */
  public List<ContractVersion> allVersions() {
    return contracts.all();
  }

  /**
   * A stored version.
   *
   * @throws IllegalStateException if there is no such version (callers name versions they stored)
   */
  public LoadedContract load(String customerId, int version) {
    Contract contract =
        loaded.computeIfAbsent(
            customerId + "/" + version,
            key -> {
              String document =
                  contracts
                      .document(customerId, version)
                      .orElseThrow(() -> new IllegalStateException("no contract version " + key));
              return ContractLoader.load(document, key).orThrow();
            });
    return new LoadedContract(version, contract);
  }
}
