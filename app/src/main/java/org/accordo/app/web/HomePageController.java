package org.accordo.app.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /}: a small page, open to all, that says what Accordo is and links the API
 * documentation, the OpenAPI document and the health endpoint, so that a person who opens the
 * server's address finds where to go. No script and no inline style, so a content security policy
 * that forbids inline code serves it as it is. The web application will replace it with its login
 * page.
 */
@Hidden // a page for people, not an operation of the API
@RestController
class HomePageController {

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final String page = read("home.html");

  /** The page, as HTML whatever the client accepts: it is the only form it has. */
  @GetMapping("/")
  ResponseEntity<String> home() {
    return ResponseEntity.ok().contentType(HTML).body(page);
  }

  private static String read(String name) {
    try (InputStream in = HomePageController.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the home page " + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
