package org.accordo.app.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of pages (HTML), not of the API: its templates get the {@link PageContext} as {@code
 * page}, and its refusals are answered with HTML error pages, not problem bodies ({@link
 * PageAdvice}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface WebPage {

  /** The bean name, as {@link Controller#value}. */
  @AliasFor(annotation = Controller.class)
  String value() default "";
}
