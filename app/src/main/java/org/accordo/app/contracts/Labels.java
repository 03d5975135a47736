package org.accordo.app.contracts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.accordo.core.contract.DocumentLanguage;

/**
 * The labels of a rendered contract in one language ({@code labels*.properties} next to this
 * class). Every label goes through {@link MessageFormat}, so apostrophes are written doubled.
 */
final class Labels {

  private final ResourceBundle bundle;
  private final Locale locale;

  private Labels(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  static Labels of(DocumentLanguage language) {
    Locale locale = Locale.forLanguageTag(language.code());
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "org.accordo.app.contracts.labels",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Labels(bundle, locale);
  }

  Locale locale() {
    return locale;
  }

  /**
   * The label {@code key} with {@code args} filled in.
   *
   * @throws MissingResourceException if the bundle lacks the key (a bug: every key is in both)
   */
  String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
