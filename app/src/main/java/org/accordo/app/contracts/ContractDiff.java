package org.accordo.app.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two versions of a contract document side by side, line against line: the lines both share
 * (longest common subsequence), those only the older has (removed) and those only the newer has
 * (added); a removed line followed by an added one is shown as one changed row.
 *
 * @param rows the rows, in document order
 */
public record ContractDiff(List<Row> rows) {

  /** Beyond this many lines on either side, the two documents are not compared line by line. */
  static final int MAX_LINES = 3000;

  /** What a row shows. */
  public enum Kind {
    SAME,
    CHANGED,
    REMOVED,
    ADDED;

    /** The row's class. */
    public String css() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A row: a line of the older version, of the newer, or of both.
   *
   * @param kind what changed
   * @param left the older line's number, or 0
   * @param leftText its text, or empty
   * @param right the newer line's number, or 0
   * @param rightText its text, or empty
   */
  public record Row(Kind kind, int left, String leftText, int right, String rightText) {

    public Row {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(leftText, "leftText");
      Objects.requireNonNull(rightText, "rightText");
    }
  }

  public ContractDiff {
    rows = List.copyOf(rows);
  }

  /** True when the two versions have the same lines. */
  public boolean same() {
    return rows.stream().allMatch(r -> r.kind() == Kind.SAME);
  }

  /**
   * The rows of {@code older} against {@code newer}.
   *
   * @throws IllegalArgumentException when either has more than {@link #MAX_LINES} lines
   */
  static ContractDiff of(String older, String newer) {
    String[] a = older.split("\r\n|\n|\r");
    String[] b = newer.split("\r\n|\n|\r");
    if (a.length > MAX_LINES || b.length > MAX_LINES) {
      throw new IllegalArgumentException(
          "documents of more than " + MAX_LINES + " lines are not compared line by line");
    }
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Row> rows = new ArrayList<>();
    List<Integer> removed = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        flush(rows, removed, added, a, b);
        rows.add(new Row(Kind.SAME, i + 1, a[i], j + 1, b[j]));
        i++;
        j++;
      } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
        added.add(j++);
      } else {
        removed.add(i++);
      }
    }
    flush(rows, removed, added, a, b);
    return new ContractDiff(rows);
  }

  /** Pairs the pending removed and added lines as changed rows, the rest alone. */
  private static void flush(
      List<Row> rows, List<Integer> removed, List<Integer> added, String[] a, String[] b) {
    int paired = Math.min(removed.size(), added.size());
    for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
      if (k < paired) {
        int l = removed.get(k);
        int r = added.get(k);
        rows.add(new Row(Kind.CHANGED, l + 1, a[l], r + 1, b[r]));
      } else if (k < removed.size()) {
        int l = removed.get(k);
        rows.add(new Row(Kind.REMOVED, l + 1, a[l], 0, ""));
      } else {
        int r = added.get(k);
        rows.add(new Row(Kind.ADDED, 0, "", r + 1, b[r]));
      }
    }
    removed.clear();
    added.clear();
  }
}
