package org.accordo.app.ui;

import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * The view model of an HTML error page: its status and the keys of its words. A status without
 * words of its own is told as the nearest kind (a 4xx as "bad request", a 5xx as "internal").
 *
 * @param status the HTTP status answered
 * @param titleKey the label key of its title
 * @param textKey the label key of its explanation
 * @param reason what was refused and why, in the refusal's own words (a refusal of content, {@code
 *     422}), or null when the page tells no more than its kind
 */
public record ErrorPage(int status, String titleKey, String textKey, String reason) {

  public ErrorPage {
    Objects.requireNonNull(titleKey, "titleKey");
    Objects.requireNonNull(textKey, "textKey");
  }

  /** The page of {@code status}, without a reason. */
  public static ErrorPage of(HttpStatus status) {
    return of(status, null);
  }

  /** The page of {@code status} saying {@code reason} (null: none). */
  public static ErrorPage of(HttpStatus status, String reason) {
    String kind =
        switch (status) {
          case NOT_FOUND -> "404";
          case FORBIDDEN -> "403";
          case METHOD_NOT_ALLOWED -> "405";
          case CONFLICT -> "409";
          case UNPROCESSABLE_CONTENT -> "422";
          case TOO_MANY_REQUESTS -> "429";
          default -> status.is5xxServerError() ? "500" : "400";
        };
    return new ErrorPage(
        status.value(),
        "page.error." + kind + ".title",
        "page.error." + kind + ".text",
        reason == null || reason.isBlank() ? null : reason);
  }
}
