package org.accordo.app.imports;

import java.util.Set;
import org.accordo.app.clocks.UnfinishedHistories;
import org.springframework.stereotype.Component;

/**
 * The tickets of the imports not finished yet whose clocks they have not rebuilt: a contract
 * upload's rebuild leaves them to their import. A failed import lets them go (its tickets are
 * measured from what it stored); a completed one has rebuilt them all.
 */
@Component
class ImportedHistories implements UnfinishedHistories {

  private final ImportRepository imports;

  ImportedHistories(ImportRepository imports) {
    this.imports = imports;
  }

  @Override
  public Set<String> tickets(String customerId) {
    return imports.unfinishedTickets(customerId);
  }
}
