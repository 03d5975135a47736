package org.accordo.core.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The contract files of the test resources. */
public final class ContractFixtures {

  private ContractFixtures() {}

  /** The text of {@code contracts/<name>} on the test classpath. */
  public static String text(String name) {
    return resource("/contracts/" + name);
  }

  private static String resource(String path) {
    try (InputStream in = ContractFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reference contract, the repository's {@code examples/contract-bianchi.yaml}. */
  public static String bianchi() {
    return resource("/examples/contract-bianchi.yaml");
  }

  /** The reference contract, loaded. */
  public static Contract bianchiContract() {
    return ContractLoader.load(bianchi(), "contract-bianchi.yaml").orThrow();
  }
}
