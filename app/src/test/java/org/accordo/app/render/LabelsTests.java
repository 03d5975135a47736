package org.accordo.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.accordo.core.contract.DocumentLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one translation mechanism of the documents keeps every label in every language. */
class LabelsTests {

  private static Properties labels(DocumentLanguage language) {
    String name = "labels_" + language.code() + ".properties";
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      assertThat(in).as(name + " next to Labels").isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> keys(DocumentLanguage language) {
    return new TreeSet<>(labels(language).stringPropertyNames());
  }

  @ParameterizedTest
  @EnumSource(DocumentLanguage.class)
  void everyLanguageHasEveryKeyOfEveryOther(DocumentLanguage language) {
    for (DocumentLanguage other : DocumentLanguage.values()) {
      Set<String> missing = keys(other);
      missing.removeAll(keys(language));

      assertThat(missing).as("keys of %s missing in %s", other, language).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentLanguage.class)
  void everyLabelIsAPatternWithTheArgumentsOfTheEnglishOne(DocumentLanguage language) {
    Properties english = labels(DocumentLanguage.EN);
    Properties labels = labels(language);
    for (String key : keys(language)) {
      MessageFormat pattern = new MessageFormat(labels.getProperty(key), Locale.ROOT);
      MessageFormat reference = new MessageFormat(english.getProperty(key, ""), Locale.ROOT);

      assertThat(pattern.getFormatsByArgumentIndex())
          .as("arguments of %s in %s", key, language)
          .hasSameSizeAs(reference.getFormatsByArgumentIndex());
    }
  }

  @Test
  void aKeyTheLanguageLacksFailsInsteadOfPrintingAnotherLanguage() {
    Labels italian = Labels.of(DocumentLanguage.IT);

    assertThat(italian.get("report.title")).isEqualTo("Rapporto sui livelli di servizio");
    assertThat(italian.get("report.open.breached", "6 mar 2026 14:42"))
        .isEqualTo("violato il 6 mar 2026 14:42");
    assertThatThrownBy(() -> italian.get("report.no_such_label"))
        .isInstanceOf(MissingResourceException.class);
  }
}
