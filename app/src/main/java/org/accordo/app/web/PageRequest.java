package org.accordo.app.web;

import java.util.Map;
import java.util.Objects;

/**
 * One page of a list, as asked by {@code page} (from 0), {@code size} (1 to {@value #MAX_SIZE},
 * default {@value #DEFAULT_SIZE}) and {@code sort} (one of the list's allowed keys, {@code -key}
 * for descending).
 *
 * @param page the 0-based page number
 * @param size the number of items per page
 * @param sort the sort key as asked, e.g. {@code -created_at}
 * @param orderBy the SQL {@code ORDER BY} clause of that key, taken from the list's own constants
 */
public record PageRequest(int page, int size, String sort, String orderBy) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  private static final int MAX_PAGE = 1_000_000;

  public PageRequest {
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(orderBy, "orderBy");
  }

  /**
   * Validates the query parameters of a list.
   *
   * @param sorts the allowed sort keys (ascending form) mapped to their SQL order, each a constant
   *     of the list's repository; the descending form is derived by the caller-supplied map too
   * @param defaultSort the key used when {@code sort} is absent
   * @throws InvalidField naming {@code page}, {@code size} or {@code sort}
   */
  public static PageRequest of(
      Integer page, Integer size, String sort, Map<String, String> sorts, String defaultSort) {
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 0 || p > MAX_PAGE) {
      throw new InvalidField("page", "must be between 0 and " + MAX_PAGE + ", was " + p);
    }
    if (s < 1 || s > MAX_SIZE) {
      throw new InvalidField("size", "must be between 1 and " + MAX_SIZE + ", was " + s);
    }
    String key = sort == null ? defaultSort : sort;
    String orderBy = sorts.get(key);
    if (orderBy == null) {
      throw new InvalidField(
          "sort",
          "'"
              + printable(key)
              + "' is not allowed; use one of "
              + sorts.keySet().stream().sorted().toList());
    }
    return new PageRequest(p, s, key, orderBy);
  }

  /** The number of rows to skip. */
  public long offset() {
    return (long) page * size;
  }

  private static String printable(String text) {
    return text.replaceAll("\\p{Cntrl}", "?");
  }
}
