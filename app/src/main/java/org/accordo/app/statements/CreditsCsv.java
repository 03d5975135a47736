package org.accordo.app.statements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Credit lines as CSV for an MSP's billing (RFC 4180, one line a row). A cell a spreadsheet would
 * read as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return) is neutralised with a leading apostrophe, as OWASP advises against CSV injection: a rule,
 * a service, an invoice reference come from people. An amount is written by Accordo as a plain
 * decimal, which no spreadsheet reads as a formula, so a negative one keeps its sign.
 */
final class CreditsCsv {

  static final String HEADER =
      "customer_id,month,line_id,statement_version,line_no,entry,kind,rule,service,percent,amount,"
          + "currency,state,invoice_reference,reason,settled_at\r\n";

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private CreditsCsv() {}

  static void write(CreditLine line, Writer out) {
    List<String> cells =
        List.of(
            text(line.key().customerId()),
            text(line.key().month().toString()),
            text(line.id()),
            Integer.toString(line.statementVersion()),
            Integer.toString(line.lineNo()),
            text(line.entry().id()),
            text(line.kind()),
            text(line.rule()),
            text(line.service()),
            decimal(line.percent()),
            decimal(Amounts.text(line.amount(), line.currency())),
            text(line.currency()),
            text(line.state().id()),
            text(line.settlement().map(CreditLine.Settlement::invoiceReference).orElse(null)),
            text(line.settlement().map(CreditLine.Settlement::reason).orElse(null)),
            text(line.settlement().map(s -> s.settledAt().toString()).orElse(null)));
    try {
      out.write(String.join(",", cells));
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell from people's words: neutralised when it starts like a formula, then quoted. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    String cell = value;
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
      cell = "'" + cell;
    }
    return quoted(cell);
  }

  /** A number Accordo wrote: kept as it is when it is a plain decimal, else treated as text. */
  private static String decimal(String value) {
    return value != null && DECIMAL.matcher(value).matches() ? value : text(value);
  }

  private static String quoted(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }
}
