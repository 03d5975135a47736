package org.accordo.app.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON as the API speaks it: {@code snake_case} names, and strict reading of request bodies — an
 * unknown or repeated property, a value of the wrong JSON type (no {@code "5"} for 5, no 5 for
 * {@code "5"}), trailing content, NUL characters and lone surrogates in strings are all refused, so
 * a smuggled {@code role} or {@code customer_id} never passes silently.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

  @Bean
  JsonMapperBuilderCustomizer strictRequests() {
    return builder ->
        builder
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(
                LogicalType.Textual,
                config ->
                    config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(
                LogicalType.Integer,
                config ->
                    config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(
                LogicalType.Boolean,
                config ->
                    config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .addModule(
                new SimpleModule("accordo-strings")
                    .addDeserializer(String.class, new WellFormedStrings()));
  }

  /**
   * Strings as usual, but one holding a NUL character (PostgreSQL cannot store it) or a lone
   * surrogate ({@code "\\ud800"}, which no database stores faithfully and no JSON writer writes) is
   * refused, whatever the field.
   */
  static final class WellFormedStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      String value = super.deserialize(p, ctxt);
      if (value == null) {
        return null;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\0') {
          throw new MalformedString(p, "must not contain NUL characters");
        }
        if (Character.isHighSurrogate(c)
            && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw new MalformedString(
              p,
              "must be well-formed Unicode text: a lone surrogate ("
                  + String.format("U+%04X", (int) c)
                  + ")");
        }
      }
      return value;
    }
  }

  /** A string value that no store keeps as it is: a NUL character, a lone surrogate. */
  static final class MalformedString extends MismatchedInputException {

    private final String rule;

    MalformedString(JsonParser p, String rule) {
      super(p, rule, String.class);
      this.rule = rule;
    }

    /** What the value breaks, for the problem's message. */
    String rule() {
      return rule;
    }
  }
}
