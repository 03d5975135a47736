package org.accordo.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditsCsvTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        // a formula and the characters that start one are neutralised
        "=SUM(A1:A9)|'=SUM(A1:A9)",
        "+33 6 12|'+33 6 12",
        "-2+3+cmd|'-2+3+cmd",
        "@import|'@import",
        // plain words stay as they are
        "INV-2026-0042|INV-2026-0042",
        // a comma or a quote makes a quoted cell, quotes doubled
        "a, b|\"a, b\"",
        "=\"x\"|\"'=\"\"x\"\"\"",
      })
  void aTextCellThatCouldBeReadAsAFormulaIsNeutralised(String value, String cell) {
    assertThat(CreditsCsv.text(value)).isEqualTo(cell);
  }

  @Test
  void aNegativeAmountWrittenByAccordoKeepsItsSign() {
    StringWriter out = new StringWriter();
    CreditsCsv.write(
        new CreditLine(
            "line-1",
            new StatementKey("bianchi", YearMonth.of(2026, 3)),
            "statement-2",
            2,
            1,
            CreditLine.Entry.CORRECTION,
            "breach",
            "-resolution P1 breached",
            null,
            null,
            new BigDecimal("-48.0000"),
            "EUR",
            "{}",
            Instant.parse("2026-04-20T09:00:00Z"),
            Optional.empty()),
        out);

    assertThat(out.toString())
        .isEqualTo(
            "bianchi,2026-03,line-1,2,1,correction,breach,'-resolution P1 breached,,,-48.00,EUR,"
                + "owed,,,\r\n");
  }
}
