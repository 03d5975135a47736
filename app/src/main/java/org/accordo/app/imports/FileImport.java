package org.accordo.app.imports;

import java.io.Writer;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.lint.LintReport;
import org.accordo.core.imports.Coverage;
import org.accordo.core.imports.ImportMapping;
import org.accordo.core.imports.MappingLinter;

/**
 * An import into a file of events ({@code accordo import -o events.jsonl}): the mapping linted, the
 * files checked in a first pass, and written in a second only when the import may store (no lint
 * error; no refused line, or the option to keep the good ones; not a dry run).
 */
public final class FileImport {

  private FileImport() {}

  /**
   * @param contract the contract to check priorities, services and pauses against, or empty
   * @param now the command's now: events more than 5 minutes after it are refused
   * @param out opened only when the events are to be written
   */
  public static ImportOutcome run(
      ImportMapping mapping,
      ImportFiles files,
      Optional<Contract> contract,
      ImportMode mode,
      Instant now,
      Supplier<Writer> out) {
    LintReport lint = MappingLinter.lint(mapping, contract);
    ImportStore store = ImportStore.none(contract, now.plusSeconds(300));
    ImportSummary checked =
        new ImportPass(mapping, "", store)
            .run(files, ImportSink.NONE, ImportPass.Resume.START, ImportPass.Progress.NONE)
            .summary();
    boolean store_ =
        !lint.hasErrors()
            && mode != ImportMode.DRY_RUN
            && (checked.refused() == 0 || mode == ImportMode.KEEP_GOOD_LINES);
    if (store_) {
      try (Writer writer = out.get()) {
        new ImportPass(mapping, "", store)
            .run(
                files,
                new EventsJsonlSink(writer),
                ImportPass.Resume.START,
                ImportPass.Progress.NONE);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return new ImportOutcome(lint, Coverage.of(mapping), checked, store_);
  }
}
