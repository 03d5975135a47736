package org.accordo.app.imports;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.notifications.HistoryLoads;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.core.imports.ImportMapping;
import org.accordo.core.imports.MappingLoad;
import org.accordo.core.imports.MappingLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of a customer's history (admins): an upload is recorded with its files and run in the
 * background ({@link ImportWorker}); its record tells its progress and outcome. The import's start
 * is the customer's history cutoff ({@link HistoryLoads}): nothing that crossed before it is
 * notified.
 */
@Service
public class ImportService {

  private final ImportRepository imports;
  private final CustomerService customers;
  private final HistoryLoads historyLoads;
  private final AuditLog audit;
  private final Clock clock;

  ImportService(
      ImportRepository imports,
      CustomerService customers,
      HistoryLoads historyLoads,
      AuditLog audit,
      Clock clock) {
    this.imports = imports;
    this.customers = customers;
    this.historyLoads = historyLoads;
    this.audit = audit;
    this.clock = clock;
  }

  /** An uploaded file: its name (the ending tells its format) and its bytes. */
  public record UploadedFile(String fileName, Supplier<InputStream> content) {
    public UploadedFile {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(content, "content");
    }
  }

  /** What an import is asked with. */
  public record Upload(
      String mapping, ImportMode mode, UploadedFile tickets, Optional<UploadedFile> history) {
    public Upload {
      Objects.requireNonNull(mapping, "mapping");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(tickets, "tickets");
      Objects.requireNonNull(history, "history");
    }
  }

  /**
   * Records an import with its files, to be run in the background.
   *
   * @throws org.accordo.app.customers.CustomerNotVisible when the caller may not see the customer
   * @throws org.accordo.app.security.RoleNotPermitted unless the caller is an admin
   * @throws InvalidMapping when the mapping does not load
   * @throws InvalidUpload naming the part that cannot be read
   */
  @Transactional
  public ImportRun request(Caller caller, String customerId, Upload upload) {
    customers.visible(caller, customerId);
    caller.requireRole(Role.ADMIN);
    MappingLoad load = MappingLoader.load(upload.mapping(), "mapping");
    if (!load.problems().isEmpty()) {
      throw new InvalidMapping(load.problems());
    }
    ImportMapping mapping = load.orThrow();
    Instant now = clock.instant();
    String id = UUID.randomUUID().toString();
    ImportRun run =
        new ImportRun(
            id,
            customerId,
            mapping.source(),
            upload.mode(),
            ImportState.QUEUED,
            ImportPhase.CHECKING,
            0,
            0,
            0,
            0,
            0,
            0,
            now,
            caller.tokenId(),
            null,
            null,
            null);
    imports.insert(run);
    StoredFiles.store(
        imports,
        id,
        "mapping",
        "mapping.yaml",
        new java.io.ByteArrayInputStream(
            upload.mapping().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    long lines =
        StoredFiles.store(
                imports,
                id,
                "tickets",
                upload.tickets().fileName(),
                upload.tickets().content().get())
            + upload
                .history()
                .map(
                    h -> StoredFiles.store(imports, id, "history", h.fileName(), h.content().get()))
                .orElse(0L);
    imports.total(id, lines);
    if (upload.mode() != ImportMode.DRY_RUN) {
      historyLoads.started(caller, customerId, now);
    }
    audit.record(
        caller,
        "import.requested",
        "import",
        id,
        customerId,
        mapping.source() + ", " + upload.mode().name().toLowerCase(java.util.Locale.ROOT));
    return imports.get(id);
  }

  /**
   * @throws ImportNotVisible when the caller may not see the customer or it has no such import
   */
  @Transactional(readOnly = true)
  public ImportRun get(Caller caller, String customerId, String importId) {
    try {
      customers.visible(caller, customerId);
    } catch (RuntimeException notVisible) {
      throw new ImportNotVisible(importId);
    }
    return imports.find(customerId, importId).orElseThrow(() -> new ImportNotVisible(importId));
  }

  /** The customer's imports, newest first. */
  @Transactional(readOnly = true)
  public List<ImportRun> list(Caller caller, String customerId) {
    customers.visible(caller, customerId);
    return imports.list(customerId);
  }
}
