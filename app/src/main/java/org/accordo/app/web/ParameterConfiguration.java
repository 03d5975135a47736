package org.accordo.app.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * URL values as the API reads them: whole numbers in decimal only ({@link WholeNumbers}), and only
 * the query parameters an endpoint declares, each once ({@link QueryParameters}).
 */
@Configuration(proxyBeanMethods = false)
class ParameterConfiguration implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // the API's endpoints; pages read flags such as /login?signedout, and a browser's stray
    // parameter is no client error to refuse
    registry.addInterceptor(new QueryParameters()).addPathPatterns("/api/**");
  }

  /**
   * Every endpoint's binder reads whole numbers with {@link WholeNumbers}. An editor, not a
   * converter: when a converter fails, Spring falls back to its default editor, which reads {@code
   * 0x10} as 16.
   */
  @ControllerAdvice
  static class WholeNumberBinding {

    @InitBinder
    void wholeNumbers(WebDataBinder binder) {
      binder.registerCustomEditor(Integer.class, new Strict(WholeNumbers::toInteger));
      binder.registerCustomEditor(int.class, new Strict(WholeNumbers::toInteger));
      binder.registerCustomEditor(Long.class, new Strict(WholeNumbers::toLong));
      binder.registerCustomEditor(long.class, new Strict(WholeNumbers::toLong));
    }
  }

  /** An editor that reads text with a strict parser; its refusal is a type mismatch. */
  private static final class Strict extends PropertyEditorSupport {

    private final Function<String, ?> parser;

    Strict(Function<String, ?> parser) {
      this.parser = parser;
    }

    @Override
    public void setAsText(String text) {
      setValue(parser.apply(text));
    }
  }
}
