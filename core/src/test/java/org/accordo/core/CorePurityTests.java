package org.accordo.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code core} pure: no framework, no database, no servlet, and no reading of the system
 * clock or zone, so the engine is a function of its inputs and fast to test; and its feature
 * packages free of cycles, so each can be read and changed from the ones below it.
 */
class CorePurityTests {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.accordo.core");
  }

  @Test
  void coreDependsOnNoFrameworkDatabaseOrServlet() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.accordo.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.springframework..",
                "java.sql..",
                "javax.sql..",
                "jakarta.servlet..",
                "javax.servlet..",
                "jakarta.persistence..")
            .because("core is the pure SLA engine; frameworks live in app");
    rule.check(core);
  }

  @Test
  void coreNeverReadsTheSystemClockOrZone() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.accordo.core..")
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .orShould()
            .callMethod(ZoneId.class, "systemDefault")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .because("\"now\" is a parameter of core, so every result can be reproduced");
    rule.check(core);
  }

  @Test
  void corePackagesDependOnEachOtherWithoutCycles() {
    slices().matching("org.accordo.core.(*)..").should().beFreeOfCycles().check(core);
  }
}
