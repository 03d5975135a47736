package org.accordo.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The mappings Accordo ships for the PSAs MSPs use most, built from each PSA's public documentation
 * of its export and API fields ({@code docs/imports.md} says which fields each reads and where
 * their names come from). Each is a mapping file like any other: copy it and adjust the statuses
 * and priorities to the PSA's own configuration.
 */
public final class Presets {

  /** The presets' names, as {@code accordo import --mapping NAME} takes them. */
  public static final List<String> NAMES =
      List.of(
          "connectwise",
          "autotask",
          "halopsa",
          "zendesk",
          "jira-service-management",
          "freshservice");

  private Presets() {}

  /** The preset's YAML text, or empty when there is no preset of that name. */
  public static Optional<String> text(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in = Presets.class.getResourceAsStream("presets/" + name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("the preset " + name + " is missing from the build");
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The preset's mapping, loaded; it always loads (a test says so). */
  public static Optional<ImportMapping> mapping(String name) {
    return text(name).map(text -> MappingLoader.load(text, "preset " + name).orThrow());
  }
}
