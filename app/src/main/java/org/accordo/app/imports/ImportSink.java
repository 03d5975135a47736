package org.accordo.app.imports;

/** Where an import's good rows go: a file of events, or the database. */
interface ImportSink {

  /** Takes a chunk of good rows; it is the sink's to keep (or not, for a check). */
  void accept(ImportChunk chunk);

  /** A sink that keeps nothing: the check of a pass, a dry run. */
  ImportSink NONE = chunk -> {};
}
