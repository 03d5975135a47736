package org.accordo.bench.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.accordo.core.contract.ContractLoad;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.contract.lint.ContractLinter;
import org.accordo.core.contract.lint.LintReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loads and lints the reference contract (200 lines, every section), single-threaded: what an
 * editor integration or a CI check pays per file. Scores are microseconds per file.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ContractLintBenchmark {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private String text;

  @Setup
  public void setUp() {
    try (InputStream in =
        ContractLintBenchmark.class.getResourceAsStream("/bench/contract-bianchi.yaml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public ContractLoad load() {
    return ContractLoader.load(text, "contract-bianchi.yaml");
  }

  @Benchmark
  public LintReport loadAndLint() {
    return ContractLinter.lint(text, "contract-bianchi.yaml", TODAY);
  }
}
