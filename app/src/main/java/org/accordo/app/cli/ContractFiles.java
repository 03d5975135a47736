package org.accordo.app.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoad;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.yaml.YamlProblem;

/** Reading contract files for the {@code accordo contract} commands. */
final class ContractFiles {

  private ContractFiles() {}

  /**
   * The file's text, strictly UTF-8, without a leading byte order mark.
   *
   * @throws CliFailure exit 2, if the file cannot be read or is not UTF-8 text
   */
  static String read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString()
          .replaceFirst("^\uFEFF", "");
    } catch (CharacterCodingException e) {
      throw new CliFailure(
          "cannot read " + file + ": it is not UTF-8 text", Accordo.EXIT_BAD_INPUT);
    } catch (IOException e) {
      throw new CliFailure("cannot read " + file + ": " + describe(e), Accordo.EXIT_BAD_INPUT);
    }
  }

  /**
   * The valid contract in {@code file}.
   *
   * @throws CliFailure exit 2, listing every problem as {@code file:line:column: message}
   */
  static Contract load(Path file) {
    ContractLoad load = ContractLoader.load(read(file), file.toString());
    if (!load.problems().isEmpty()) {
      String problems =
          load.problems().stream().map(YamlProblem::toString).collect(Collectors.joining("\n"));
      throw new CliFailure(
          file + " is not a valid contract (" + load.problems().size() + " problems):\n" + problems,
          Accordo.EXIT_BAD_INPUT);
    }
    return load.orThrow();
  }

  static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
