package org.accordo.app.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accordo.app.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A migration never changes once it has landed: a database that ran it records its checksum, and
 * Flyway refuses to start on it when the text no longer matches (what happened to {@code V010}).
 * The checksums of the landed migrations are listed in {@value #LIST}; this test fails when a
 * migration's checksum differs from its line, when a landed migration is gone, and when a migration
 * is not on the list (docs/migrations.md says how to add it).
 */
class LandedMigrationsTests {

  static final String LIST = "db/landed-migrations.txt";

  private static Map<String, Landed> landed;
  private static Map<String, MigrationInfo> resolved;

  /** A line of the list: the version, the script and the checksum it landed with. */
  record Landed(String version, String script, int checksum) {

    static Landed parse(String line) {
      String[] fields = line.split("\\|");
      if (fields.length != 3) {
        throw new IllegalArgumentException(
            LIST + ": expected 'version | script | checksum', was: " + line);
      }
      return new Landed(fields[0].trim(), fields[1].trim(), Integer.parseInt(fields[2].trim()));
    }

    String line() {
      return version + " | " + script + " | " + checksum;
    }
  }

  @BeforeAll
  static void readTheListAndTheMigrations() throws IOException {
    landed = readList();
    resolved =
        Stream.of(
                Flyway.configure()
                    .dataSource(TestDatabase.H2.createEmpty().dataSource())
                    .locations("classpath:db/migration")
                    .load()
                    .info()
                    .all())
            .collect(
                Collectors.toMap(
                    m -> m.getVersion().getVersion(),
                    Function.identity(),
                    (a, b) -> a,
                    LinkedHashMap::new));
  }

  @Test
  void everyLandedMigrationKeepsTheChecksumItLandedWith() {
    assertThat(landed).as("the list of landed migrations").isNotEmpty();
    for (Landed line : landed.values()) {
      MigrationInfo migration = resolved.get(line.version());
      assertThat(migration)
          .as(
              "%s landed but is gone from db/migration: a landed migration is never renamed or"
                  + " deleted (docs/migrations.md)",
              line.script())
          .isNotNull();
      assertThat(migration.getScript())
          .as("the script of version %s (a landed migration is never renamed)", line.version())
          .isEqualTo(line.script());
      assertThat(migration.getChecksum())
          .as(
              "%s changed after it landed (Flyway's checksum is %s, it landed with %s): a database"
                  + " that ran it would refuse to start. A landed migration never changes:"
                  + " restore its text and add a new migration instead (docs/migrations.md)",
              line.script(), migration.getChecksum(), line.checksum())
          .isEqualTo(line.checksum());
    }
  }

  @Test
  void everyMigrationIsOnTheListOfLandedMigrations() {
    List<String> missing =
        resolved.values().stream()
            .filter(m -> !landed.containsKey(m.getVersion().getVersion()))
            .map(
                m -> new Landed(m.getVersion().getVersion(), m.getScript(), m.getChecksum()).line())
            .toList();
    assertThat(missing)
        .as(
            "migrations not on the list of landed migrations: add their lines to"
                + " app/src/test/resources/%s with the migration, and never change the"
                + " migration after it landed (docs/migrations.md)",
            LIST)
        .isEmpty();
  }

  @Test
  void theUpgradeOfTheFirstV010RecordsTheLandedChecksum() {
    assertThat(FirstOperationsMigrationUpgrade.LANDED_CHECKSUM)
        .isEqualTo(landed.get("010").checksum())
        .isEqualTo(resolved.get("010").getChecksum());
  }

  private static Map<String, Landed> readList() throws IOException {
    try (InputStream in = LandedMigrationsTests.class.getResourceAsStream("/" + LIST)) {
      assertThat(in).as(LIST + " on the test class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(Landed::parse)
          .collect(
              Collectors.toMap(
                  Landed::version,
                  Function.identity(),
                  (a, b) -> {
                    throw new IllegalArgumentException(LIST + ": version twice: " + a.version());
                  },
                  LinkedHashMap::new));
    }
  }
}
