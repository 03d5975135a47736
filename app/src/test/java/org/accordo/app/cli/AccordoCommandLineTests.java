package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line answers --help and --version without starting Spring. */
class AccordoCommandLineTests {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Accordo.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void printsTheBuiltVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("accordo " + AccordoVersion.current());
    assertThat(AccordoVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void helpListsTheServeCommand() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: accordo").contains("serve");
  }

  @Test
  void anUnknownOptionIsBadInput() {
    assertThat(run("--no-such-option")).isEqualTo(Accordo.EXIT_BAD_INPUT);
    assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
  }

  @Test
  void commandsOtherThanServeNeverLoadSpring() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xlog:class+load=info",
                "-cp",
                System.getProperty("java.class.path"),
                Accordo.class.getName(),
                "--help")
            .redirectErrorStream(true)
            .start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).isZero();
    assertThat(log).contains("org.accordo.app.cli.Accordo").doesNotContain("org.springframework");
  }
}
