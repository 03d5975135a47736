package org.accordo.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the server under test; every call names its token (or none). */
public final class Api {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String baseUrl;

  Api(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * A client of the server at {@code baseUrl} (such as {@code http://localhost:8080}), for servers
   * other than {@link RunningServer}.
   */
  public static Api at(String baseUrl) {
    return new Api(baseUrl);
  }

  /** An HTTP answer: status, headers and body text. */
  public record Response(int status, Map<String, String> headers, String body) {

    /** The body as JSON. */
    public JsonNode json() {
      return JSON.readTree(body);
    }

    /** A header value, by case-insensitive name, or null. */
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** A request being put together. */
  public final class Call {
    private final String method;
    private final String path;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Call token(String token) {
      return header("Authorization", "Bearer " + token);
    }

    /** Sets a header, replacing any value set before. */
    public Call header(String name, String value) {
      headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
      return addHeader(name, value);
    }

    /** Adds a header line, after any of the same name: a request may carry it twice. */
    public Call addHeader(String name, String value) {
      headers.add(Map.entry(name, value));
      return this;
    }

    public Call json(String json) {
      return body("application/json", json);
    }

    public Call body(String contentType, String text) {
      header("Content-Type", contentType);
      body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
      return this;
    }

    public Call body(String contentType, HttpRequest.BodyPublisher publisher) {
      header("Content-Type", contentType);
      body = publisher;
      return this;
    }

    public Response send() {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .timeout(Duration.ofSeconds(30))
              .method(method, body);
      headers.forEach(h -> request.header(h.getKey(), h.getValue()));
      try {
        HttpResponse<String> response =
            CLIENT.send(
                request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Map<String, String> flat = new LinkedHashMap<>();
        response
            .headers()
            .map()
            .forEach((name, values) -> flat.put(name, String.join(",", values)));
        return new Response(response.statusCode(), flat, response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** Sends the request and answers the body's bytes as received (a PDF, an image). */
    public byte[] sendBytes() {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .timeout(Duration.ofSeconds(30))
              .method(method, body);
      headers.forEach(h -> request.header(h.getKey(), h.getValue()));
      try {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).body();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  public Call get(String path) {
    return new Call("GET", path);
  }

  public Call post(String path) {
    return new Call("POST", path);
  }

  public Call put(String path) {
    return new Call("PUT", path);
  }

  public Call delete(String path) {
    return new Call("DELETE", path);
  }

  public Call method(String method, String path) {
    return new Call(method, path);
  }
}
