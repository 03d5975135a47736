package org.accordo.app.support;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An endpoint of the servers under test that fails as a defect of Accordo would (like {@link
 * TestChannel}'s broken customers): the stand-in for a bug, whose exception message carries a line
 * break as a value quoted from a request might. Hidden from the API document: it is no part of the
 * API.
 */
@Hidden
@RestController
public class TestDefect {

  /** The path of the failing endpoint (a token is needed, as for every {@code /api} path). */
  public static final String PATH = "/api/v1/test-defect";

  /** The line the exception's message tries to forge in the log. */
  public static final String FORGED = "FORGED by a request";

  /** The path of an endpoint whose answer cannot be written: a failure inside Spring's MVC. */
  public static final String UNWRITABLE_PATH = PATH + "/unwritable";

  @GetMapping(PATH)
  String fail() {
    throw new IllegalStateException("a defect quoting a request's value: x\n" + FORGED);
  }

  @GetMapping(UNWRITABLE_PATH)
  Unwritable unwritable() {
    return new Unwritable();
  }

  /** An answer whose only property fails when the JSON writer reads it. */
  public static final class Unwritable {
    public String getValue() {
      throw new IllegalStateException("this value cannot be read");
    }
  }
}
