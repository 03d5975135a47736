package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code accordo contract lint|render|diff}: outputs and exit codes. */
class ContractCommandTests {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;
  private Path bianchi;

  @BeforeEach
  void copyTheReferenceContract() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/examples/contract-bianchi.yaml")) {
      bianchi = dir.resolve("contract-bianchi.yaml");
      Files.write(bianchi, in.readAllBytes());
    }
  }

  private int run(String... args) {
    CommandLine cli = Accordo.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private String bianchiWith(String old, String replacement) throws IOException {
    String text = Files.readString(bianchi);
    assertThat(text).contains(old);
    return text.replace(old, replacement);
  }

  @Test
  void lintExitsZeroWhenThereAreOnlyWarnings() {
    assertThat(run("contract", "lint", bianchi.toString(), "--today", "2026-03-01")).isZero();
    assertThat(out.toString())
        .contains("[budget-below-rto]")
        .contains("[days-on-business-calendar]")
        .contains("0 errors, 4 warnings, 0 infos in 1 files");
  }

  @Test
  void lintExitsOneWhenSomeFindingIsAnError() throws IOException {
    Path flawed =
        write(
            "flawed.yaml",
            bianchiWith(
                "P1: { target: 30m, calendar: always }", "P1: { target: 3h, calendar: always }"));

    assertThat(run("contract", "lint", flawed.toString(), "--today", "2026-03-01")).isEqualTo(1);
    assertThat(out.toString())
        .contains("flawed.yaml:82:")
        .contains(
            "error: first_response target of P1 (3 h) is longer than P2's (2 h) [priority-targets-inverted]");
  }

  @Test
  void lintReportsThePastReviewDateAgainstTheGivenToday() {
    assertThat(run("contract", "lint", bianchi.toString(), "--today", "2026-07-02")).isZero();
    assertThat(out.toString()).contains(":11:").contains("[review-date-past]");
  }

  @Test
  void lintExitsTwoWhenAFileCannotBeReadAndStillLintsTheOthers() {
    assertThat(
            run(
                "contract",
                "lint",
                bianchi.toString(),
                dir.resolve("missing.yaml").toString(),
                "--today",
                "2026-03-01"))
        .isEqualTo(Accordo.EXIT_BAD_INPUT);
    assertThat(err.toString())
        .contains("accordo: cannot read ")
        .contains("missing.yaml: no such file");
    assertThat(out.toString()).contains("in 1 files");
  }

  @Test
  void lintPrintsJson() throws IOException {
    Path broken =
        write("broken.yaml", bianchiWith("  version: 3\n", "  version: 3\n  colour: blue\n"));

    assertThat(
            run("contract", "lint", "--format", "json", broken.toString(), "--today", "2026-03-01"))
        .isEqualTo(1);
    assertThat(out.toString())
        .contains("\"file\" : \"" + broken + "\"")
        .contains("\"rule\" : \"contract-invalid\"")
        .contains("\"line\" : 9")
        .contains("\"severity\" : \"error\"")
        .contains("\"errors\" : 1");
  }

  @Test
  void rendersEachFormat() throws IOException {
    for (String format : new String[] {"html", "md", "pdf"}) {
      Path target = dir.resolve("bianchi." + format);
      assertThat(
              run(
                  "contract",
                  "render",
                  bianchi.toString(),
                  "--format",
                  format,
                  "--lang",
                  "it",
                  "-o",
                  target.toString()))
          .as(format)
          .isZero();
      assertThat(Files.size(target)).as(format).isPositive();
    }
    assertThat(Files.readString(dir.resolve("bianchi.html"))).contains("Livelli di servizio");
    assertThat(
            new String(
                Files.readAllBytes(dir.resolve("bianchi.pdf")), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void renderWritesNothingForAnInvalidContract() throws IOException {
    Path broken =
        write(
            "broken.yaml",
            bianchiWith("hours: office\n    includes", "hours: offic\n    includes"));
    Path target = dir.resolve("out.html");

    assertThat(
            run(
                "contract",
                "render",
                broken.toString(),
                "--format",
                "html",
                "-o",
                target.toString()))
        .isEqualTo(Accordo.EXIT_BAD_INPUT);
    assertThat(target).doesNotExist();
    assertThat(err.toString())
        .contains("broken.yaml:34:12: services[0].hours names the calendar 'offic'");
  }

  @Test
  void diffShowsChangesSectionBySection() throws IOException {
    Path newer =
        write(
            "v4.yaml",
            bianchiWith("  version: 3\n  supersedes: 2\n", "  version: 4\n  supersedes: 3\n")
                .replace(
                    "P1: { target: 4h, calendar: always }", "P1: { target: 2h, calendar: always }")
                .replace("  cap: 30%\n", "  cap: 40%\n"));

    assertThat(run("contract", "diff", bianchi.toString(), newer.toString())).isEqualTo(1);
    assertThat(out.toString())
        .isEqualToNormalizingNewlines(
            """
        contract:
          ~ contract.version: 3 -> 4
          ~ contract.supersedes: 2 -> 3
        slas:
          ~ slas[service-desk].metrics.resolution.P1.target: 4h -> 2h
        credits:
          ~ credits.cap: 30% -> 40%
        4 changes
        """);
  }

  @Test
  void diffOfIdenticalFilesExitsZero() {
    assertThat(run("contract", "diff", bianchi.toString(), bianchi.toString())).isZero();
    assertThat(out.toString()).contains("no changes");
  }
}
