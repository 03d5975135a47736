package org.accordo.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.accordo.app.imports.ImportMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code accordo import --server}: uploads the mapping and the files to {@code POST
 * /api/v1/customers/{id}/imports} (multipart, streamed from the files), then follows the import at
 * its {@code Location} until it ends, printing its progress and its result.
 */
final class ServerImport {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration POLL = Duration.ofMillis(500);

  private final String server;
  private final String token;
  private final PrintWriter out;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  ServerImport(String server, String token, PrintWriter out) {
    this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
    this.token = token;
    this.out = out;
  }

  int run(String customer, String mapping, Path tickets, Optional<Path> history, ImportMode mode) {
    String boundary = "accordo-" + UUID.randomUUID();
    List<byte[]> parts = new ArrayList<>();
    try {
      part(
          parts,
          boundary,
          "mode",
          null,
          mode.name().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      part(parts, boundary, "mapping", "mapping.yaml", mapping.getBytes(StandardCharsets.UTF_8));
      HttpRequest.BodyPublisher body =
          HttpRequest.BodyPublishers.concat(
              HttpRequest.BodyPublishers.ofByteArrays(parts),
              file(boundary, "tickets", tickets),
              history
                  .map(h -> file(boundary, "history", h))
                  .orElse(HttpRequest.BodyPublishers.noBody()),
              HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
      HttpResponse<String> created =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(server + "/api/v1/customers/" + customer + "/imports"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(body)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (created.statusCode() != 202) {
        throw new CliFailure(
            "the server refused the import ("
                + created.statusCode()
                + "): "
                + detail(created.body()),
            Accordo.EXIT_BAD_INPUT);
      }
      String location = created.headers().firstValue("Location").orElseThrow();
      return follow(server + location);
    } catch (IOException e) {
      throw new CliFailure("cannot reach " + server + ": " + e.getMessage(), 1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliFailure("interrupted", 1);
    }
  }

  private int follow(String url) throws IOException, InterruptedException {
    String lastPhase = "";
    while (true) {
      HttpResponse<String> got =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Authorization", "Bearer " + token)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode state = JSON.readTree(got.body());
      String phase = state.path("phase").asString();
      if (!phase.equals(lastPhase)) {
        out.println("import " + state.path("id").asString() + ": " + phase);
        out.flush();
        lastPhase = phase;
      }
      String s = state.path("state").asString();
      if (!s.equals("queued") && !s.equals("running")) {
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(state));
        out.flush();
        return s.equals("completed") || s.equals("checked") ? 0 : 1;
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  private static String detail(String body) {
    try {
      return JSON.readTree(body).path("detail").asString(body);
    } catch (RuntimeException e) {
      return body;
    }
  }

  private static void part(
      List<byte[]> parts, String boundary, String name, String file, byte[] content) {
    parts.add(header(boundary, name, file).getBytes(StandardCharsets.UTF_8));
    parts.add(content);
    parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private static String header(String boundary, String name, String file) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\""
        + (file == null ? "" : "; filename=\"" + file + "\"")
        + "\r\nContent-Type: "
        + (file == null ? "text/plain" : "application/octet-stream")
        + "\r\n\r\n";
  }

  private static HttpRequest.BodyPublisher file(String boundary, String name, Path path) {
    try {
      return HttpRequest.BodyPublishers.concat(
          HttpRequest.BodyPublishers.ofString(
              header(boundary, name, path.getFileName().toString())),
          HttpRequest.BodyPublishers.ofFile(path),
          HttpRequest.BodyPublishers.ofString("\r\n"));
    } catch (java.io.FileNotFoundException e) {
      throw new CliFailure("cannot read " + path + ": no such file", Accordo.EXIT_BAD_INPUT);
    }
  }
}
