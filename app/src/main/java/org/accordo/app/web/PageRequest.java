package org.accordo.app.web;

import java.util.Objects;
import java.util.Set;
import org.accordo.app.refusal.Excerpt;
import org.accordo.app.refusal.InvalidField;

/**
 * One page of a list, as asked by {@code page} (from 0), {@code size} (1 to {@value #MAX_SIZE},
 * default {@value #DEFAULT_SIZE}) and {@code sort} (one of the list's allowed keys, {@code -key}
 * for descending).
 *
 * @param page the 0-based page number
 * @param size the number of items per page
 * @param sort the sort key as asked, e.g. {@code -created_at}: one of the list's keys, which its
 *     repository turns into its own {@code ORDER BY}
 */
public record PageRequest(int page, int size, String sort) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 1_000_000;

  public PageRequest {
    Objects.requireNonNull(sort, "sort");
  }

  /**
   * Validates the query parameters of a list.
   *
   * @param sorts the list's sort keys, each also in its descending form ({@code -key})
   * @param defaultSort the key used when {@code sort} is absent
   * @throws InvalidField naming {@code page}, {@code size} or {@code sort}
   */
  public static PageRequest of(
      Integer page, Integer size, String sort, Set<String> sorts, String defaultSort) {
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 0 || p > MAX_PAGE) {
      throw new InvalidField("page", "must be a whole number from 0 to " + MAX_PAGE + ", was " + p);
    }
    if (s < 1 || s > MAX_SIZE) {
      throw new InvalidField("size", "must be a whole number from 1 to " + MAX_SIZE + ", was " + s);
    }
    String key = sort == null ? defaultSort : sort;
    if (!sorts.contains(key)) {
      throw new InvalidField(
          "sort",
          "'"
              + printable(key)
              + "' is not allowed; use one of "
              + sorts.stream().sorted().toList());
    }
    return new PageRequest(p, s, key);
  }

  /** The number of rows to skip. */
  public long offset() {
    return (long) page * size;
  }

  private static String printable(String text) {
    return Excerpt.of(text);
  }
}
