package org.accordo.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for tests of what pages answer at the HTTP level (headers, cookies,
 * status): it keeps cookies, follows no redirect, and posts forms with the CSRF token of the last
 * page it read.
 */
public final class PageClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String csrf;

  public PageClient(RunningServer server) {
    this.baseUrl = server.baseUrl();
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** GETs {@code path}, remembering the page's CSRF token. */
  public HttpResponse<String> get(String path) {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).GET().build());
    Matcher token = CSRF.matcher(answer.body());
    if (token.find()) {
      csrf = token.group(1);
    }
    return answer;
  }

  /** POSTs a form with the CSRF token of the last page read. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (csrf != null) {
      all.put("_csrf", csrf);
    }
    String body =
        all.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Signs in through the sign-in form; answers the form's redirect. */
  public HttpResponse<String> signIn(String email, String password) {
    get("/login");
    return post("/login", Map.of("email", email, "password", password));
  }

  /** The value of the session cookie now, or null. */
  public String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("ACCORDO_SESSION"))
        .map(c -> c.getValue())
        .findFirst()
        .orElse(null);
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
