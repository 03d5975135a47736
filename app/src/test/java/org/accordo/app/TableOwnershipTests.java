package org.accordo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables: no SQL of one module reads, joins or writes another module's table
 * (it asks the owner's Java API, or listens to it). The SQL of the app is upper-case keywords and
 * lower-case names in the modules' sources, so a table a statement names is the lower-case word
 * after {@code FROM}, {@code JOIN}, {@code INTO} or {@code UPDATE}.
 */
class TableOwnershipTests {

  /** Who owns each table (docs/architecture.md, "Each module owns its tables"). */
  static final Map<String, Set<String>> OWNED =
      owned(
          "customers", Set.of("customer"),
          "security", Set.of("api_token", "failed_authentication", "failed_attempt"),
          "users", Set.of("app_user", "user_link", "spring_session", "spring_session_attributes"),
          "audit", Set.of("audit_log"),
          "contracts", Set.of("contract_version"),
          "tickets", Set.of("ticket", "ticket_event", "event_idempotency"),
          "clocks",
              Set.of("ticket_sla", "clock", "escalation", "clock_rebuild", "clock_rebuild_ticket"),
          "inbound", Set.of("inbound_source", "inbound_delivery"),
          "notifications", Set.of("notification", "notification_cutoff", "webhook_subscription"),
          "imports", Set.of("import_run", "import_file", "import_ticket"),
          "outages", Set.of("outage", "outage_change"),
          "statements",
              Set.of(
                  "statement",
                  "statement_document",
                  "statement_close",
                  "statement_hold",
                  "statement_rendering",
                  "credit_line",
                  "credit_settlement"),
          "monitoring", Set.of("monitor", "monitor_run", "monitor_coverage"),
          "justifications", Set.of("justification"),
          "rca", Set.of("rca", "rca_ticket", "rca_threshold"),
          "disputes", Set.of("dispute", "dispute_message"),
          "reviews", Set.of("review", "review_reminder"));

  /**
   * The module that, like Flyway's scripts, carries the schema's history: its upgrade of a database
   * that ran the first text of {@code V010} names the tables that text created, whoever owns them.
   */
  private static final String SCHEMA_HISTORY = "migrations";

  /** {@code Map.of} for any number of module-tables pairs. */
  private static Map<String, Set<String>> owned(Object... moduleThenTables) {
    Map<String, Set<String>> owned = new TreeMap<>();
    for (int i = 0; i < moduleThenTables.length; i += 2) {
      @SuppressWarnings("unchecked")
      Set<String> tables = (Set<String>) moduleThenTables[i + 1];
      owned.put((String) moduleThenTables[i], tables);
    }
    return Map.copyOf(owned);
  }

  private static final Path SOURCES = Path.of("src", "main", "java", "org", "accordo", "app");
  private static final Pattern TABLE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([a-z_]+)");

  @Test
  void noModuleNamesATableOfAnother() throws IOException {
    Map<String, Set<String>> named = tablesNamedByModule();

    assertThat(named).as("modules whose SQL names tables").isNotEmpty();
    named.forEach(
        (module, tables) ->
            assertThat(tables)
                .as("tables named by the SQL of module %s", module)
                .isSubsetOf(OWNED.getOrDefault(module, Set.of())));
  }

  /** The tables each module's sources name in SQL, by module. */
  private static Map<String, Set<String>> tablesNamedByModule() throws IOException {
    Map<String, Set<String>> named = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = SOURCES.relativize(file);
        if (relative.getNameCount() < 2) {
          continue; // the root package belongs to no module
        }
        String module = relative.getName(0).toString();
        if (module.equals(SCHEMA_HISTORY)) {
          continue;
        }
        Matcher table = TABLE.matcher(Files.readString(file));
        while (table.find()) {
          named.computeIfAbsent(module, m -> new TreeSet<>()).add(table.group(1));
        }
      }
    }
    return named;
  }
}
