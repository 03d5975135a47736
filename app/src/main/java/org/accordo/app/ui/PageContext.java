package org.accordo.app.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.accordo.app.render.Labels;
import org.accordo.core.contract.DocumentLanguage;

/**
 * What every template receives as {@code page}: the labels in the reader's language, the reader
 * (null when nobody is signed in), their time zone, the navigation for their role, and the CSRF
 * token every form that changes something posts back.
 *
 * @param labels the page's words, through the project's one translation mechanism
 * @param language the language the page is written in
 * @param viewer who is signed in, or null
 * @param zone the time zone instants are shown in (the viewer's; UTC for nobody)
 * @param path the path of the page asked, for the navigation's current link
 * @param nav the header's links
 * @param csrf the token forms carry, or null where there is none (an error page)
 */
public record PageContext(
    Labels labels,
    DocumentLanguage language,
    Viewer viewer,
    ZoneId zone,
    String path,
    List<NavItem> nav,
    Csrf csrf) {

  /**
   * The CSRF token's form field.
   *
   * @param parameter the field's name
   * @param token its value
   */
  public record Csrf(String parameter, String token) {

    public Csrf {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(token, "token");
    }
  }

  public PageContext {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(path, "path");
    nav = List.copyOf(nav);
  }

  /** The label {@code key} in the page's language, with {@code args} filled in. */
  public String t(String key, Object... args) {
    return labels.get(key, args);
  }

  /** {@code at} in the viewer's time zone, with its offset. */
  public String instant(Instant at) {
    return Formats.instant(at, zone);
  }

  /** {@code duration} in hours and minutes. */
  public String duration(Duration duration) {
    return Formats.hoursAndMinutes(duration);
  }

  /** True when someone is signed in. */
  public boolean signedIn() {
    return viewer != null;
  }

  /** The language the switch offers: the one the page is not in. */
  public DocumentLanguage otherLanguage() {
    return language == DocumentLanguage.EN ? DocumentLanguage.IT : DocumentLanguage.EN;
  }
}
