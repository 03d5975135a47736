package org.accordo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
    try (Stream<Path> files = Files.list(folder)) {
      files.filter(Files::isRegularFile).forEach(ModularityTests::sortListings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sorts each run of consecutive lines of one kind (the diagrams' relations and components, the
   * canvases' list items): the Documenter writes them in an order that changes from run to run, and
   * their order means nothing.
   */
  private static void sortListings(Path file) {
    List<String> sorted = new ArrayList<>();
    List<String> run = new ArrayList<>();
    String runKind = null;
    boolean runInCell = false; // the run's first item opens a table cell: "|* `...`"
    for (String line : read(file).split("\n", -1)) {
      boolean inCell = line.startsWith("|* `");
      String item = inCell ? line.substring(1) : line;
      String kind = listingKind(item);
      if (kind == null || !kind.equals(runKind) || inCell) {
        flush(run, runInCell, sorted);
        runInCell = inCell;
      }
      runKind = kind;
      if (kind == null) {
        sorted.add(line);
      } else {
        run.add(item);
      }
    }
    flush(run, runInCell, sorted);
    try {
      Files.writeString(file, String.join("\n", sorted));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flush(List<String> run, boolean inCell, List<String> into) {
    Collections.sort(run);
    for (int i = 0; i < run.size(); i++) {
      into.add(i == 0 && inCell ? "|" + run.get(i) : run.get(i));
    }
    run.clear();
  }

  /** The kind of a listing line, or null for any other line. */
  private static String listingKind(String line) {
    String trimmed = line.strip();
    for (String kind : List.of("Rel(", "Component(", "* `")) {
      if (trimmed.startsWith(kind)) {
        return line.substring(0, line.indexOf(kind.charAt(0))) + kind;
      }
    }
    return null;
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
