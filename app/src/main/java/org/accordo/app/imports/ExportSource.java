package org.accordo.app.imports;

import java.io.Reader;

/** An export file an import reads, opened again for each pass over it (check, then store). */
public interface ExportSource {

  /** The file's name, as problems name it ({@code tickets.csv}); its ending tells the format. */
  String name();

  /** A new reader of the whole file, UTF-8. */
  Reader open();
}
