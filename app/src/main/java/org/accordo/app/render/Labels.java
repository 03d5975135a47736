package org.accordo.app.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.accordo.core.contract.DocumentLanguage;

/**
 * The words of every printed document (contracts, monthly statements) in one language: the one
 * translation mechanism of the documents. The labels are {@code labels_en.properties} and {@code
 * labels_it.properties} next to this class, one key per label, each a {@link MessageFormat} pattern
 * (so apostrophes are written doubled). There is no fallback between languages: a key one language
 * lacks fails loudly instead of printing another language's word, and a test keeps the files' keys
 * the same. The documents' own data (a contract's words, a ticket's subject) is never translated.
 */
public final class Labels {

  private static final String BUNDLE = "org.accordo.app.render.labels";

  private final ResourceBundle bundle;
  private final Locale locale;
  private final Map<String, String> withoutArguments = new ConcurrentHashMap<>();

  private Labels(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The labels of {@code language}. */
  public static Labels of(DocumentLanguage language) {
    Locale locale = Locale.forLanguageTag(language.code());
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Labels(bundle, locale);
  }

  /** The locale numbers and dates are written in. */
  public Locale locale() {
    return locale;
  }

  /** The language's code, e.g. {@code it}, as written in a document's {@code lang}. */
  public String language() {
    return locale.getLanguage();
  }

  /**
   * The label {@code key} with {@code args} filled in.
   *
   * @throws MissingResourceException if the language lacks the key (a bug: a test keeps every key
   *     in every language)
   */
  public String get(String key, Object... args) {
    if (args.length == 0) {
      // a statement asks for the same few words once per clock: each is formatted once
      return withoutArguments.computeIfAbsent(key, this::format);
    }
    return format(key, args);
  }

  private String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
