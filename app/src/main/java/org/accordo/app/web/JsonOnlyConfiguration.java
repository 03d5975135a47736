package org.accordo.app.web;

import java.util.List;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;

/**
 * The API reads and writes JSON only. Spring registers a converter for every data format whose
 * library is on the class path, and one (Jackson 2's YAML, brought by the OpenAPI library) read
 * YAML into every request record with none of the strict rules of {@link JsonConfiguration}
 * (duplicate keys last-wins, unknown keys ignored, camelCase names, numbers as strings). Those
 * converters are removed, so a body in another format is a {@code 415} and an {@code Accept} of one
 * a {@code 406}. YAML is for contract uploads, which read the body's bytes themselves.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyConfiguration {

  /** Media types of data formats other than JSON that a converter may read or write. */
  private static final List<MediaType> OTHER_FORMATS =
      List.of(
          MediaType.parseMediaType("application/yaml"),
          MediaType.APPLICATION_XML,
          MediaType.TEXT_XML,
          MediaType.parseMediaType("application/cbor"),
          MediaType.parseMediaType("application/x-jackson-smile"),
          MediaType.parseMediaType("application/x-protobuf"));

  @Bean
  ServerHttpMessageConvertersCustomizer jsonOnly() {
    return converters ->
        converters.configureMessageConvertersList(
            list -> list.removeIf(JsonOnlyConfiguration::speaksAnotherFormat));
  }

  private static boolean speaksAnotherFormat(HttpMessageConverter<?> converter) {
    return converter.getSupportedMediaTypes().stream()
        .anyMatch(type -> OTHER_FORMATS.stream().anyMatch(type::equalsTypeAndSubtype));
  }
}
