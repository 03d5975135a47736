package org.accordo.app.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as the API answers it.
 *
 * @param items the page's items, in the asked order
 * @param page the 0-based page number
 * @param size the asked page size
 * @param total the number of items on all pages
 * @param sort the sort key in force
 */
public record Page<T>(List<T> items, int page, int size, long total, String sort) {

  public Page {
    items = List.copyOf(items);
  }

  /** A page of {@code items} answering {@code request}. */
  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(items, request.page(), request.size(), total, request.sort());
  }

  /** The same page with each item mapped. */
  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total, sort);
  }
}
