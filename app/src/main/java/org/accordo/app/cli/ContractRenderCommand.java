package org.accordo.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.accordo.app.contracts.ContractDocument;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.DocumentLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code accordo contract render FILE --format html|pdf|md [--lang en|it] -o OUT}: the agreement as
 * a document. An invalid contract writes nothing and exits 2 with every problem; the output is
 * written to a temporary file and moved into place, so a half-written document never appears.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render a contract as a complete agreement document (HTML, PDF or Markdown).")
final class ContractRenderCommand implements Callable<Integer> {

  /** The document formats. */
  enum Format {
    html,
    pdf,
    md
  }

  /** The label languages. */
  enum Language {
    en,
    it
  }

  @Parameters(index = "0", paramLabel = "FILE", description = "The contract YAML file.")
  Path file;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "html|pdf|md",
      description = "Document format.")
  Format format;

  @Option(
      names = "--lang",
      paramLabel = "en|it",
      description = "Language of the labels (default: the contract's language).")
  Language language;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "The file to write.")
  Path output;

  @Override
  public Integer call() {
    Contract contract = ContractFiles.load(file);
    DocumentLanguage lang =
        language == null
            ? contract.header().language()
            : DocumentLanguage.fromCode(language.name()).orElseThrow();
    byte[] bytes =
        switch (format) {
          case html -> ContractDocument.html(contract, lang).getBytes(StandardCharsets.UTF_8);
          case md -> ContractDocument.markdown(contract, lang).getBytes(StandardCharsets.UTF_8);
          case pdf -> ContractDocument.pdf(contract, lang);
        };
    OutputFile.write(output, bytes);
    return 0;
  }
}
