package org.accordo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The app's packages are Spring Modulith application modules: no cycle between them, none uses what
 * another does not expose, and the module documentation committed in {@code docs/modules} is what
 * the code says.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(AccordoServer.class);

  /** The committed documentation, from the app module's folder (Surefire's working directory). */
  static final Path COMMITTED = Path.of("..", "docs", "modules");

  /** Set to {@code write} to regenerate {@link #COMMITTED} instead of comparing it. */
  static final String WRITE = "accordo.modules.docs";

  static final String HOW_TO_REGENERATE =
      "docs/modules is stale: regenerate it with"
          + " `mvn -B -ntp -q test -pl app -am -Dtest=ModularityTests -D"
          + WRITE
          + "=write` and commit it";

  @Test
  void modulesHaveNoCyclesAndUseOnlyWhatOthersExpose() {
    MODULES.verify();
  }

  @Test
  void committedModuleDocumentationIsCurrent() throws IOException {
    if ("write".equals(System.getProperty(WRITE))) {
      write(COMMITTED);
    }
    Path generated = Path.of("target", "modulith-docs");
    write(generated);

    assertThat(contents(COMMITTED)).as(HOW_TO_REGENERATE).isEqualTo(contents(generated));
  }

  /**
   * The module diagram ({@code components.puml}), one diagram and one canvas per module, and the
   * document that gathers them ({@code all-docs.adoc}). The diagrams leave out the shared modules
   * (every module may use them, and they use none), so that the arrows left are the features'.
   */
  private static void write(Path folder) {
    Documenter.DiagramOptions diagrams =
        Documenter.DiagramOptions.defaults()
            .withExclusions(module -> MODULES.getSharedModules().contains(module));
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
        .writeDocumentation(diagrams, Documenter.CanvasOptions.defaults());
  }

  /** Every file of the folder by name, with its text (line ends made Unix ones). */
  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> paths = Files.list(folder)) {
      paths
          .filter(Files::isRegularFile)
          .forEach(path -> files.put(path.getFileName().toString(), read(path)));
    }
    return files;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
