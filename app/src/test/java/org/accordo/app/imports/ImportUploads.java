package org.accordo.app.imports;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accordo.app.support.Api;
import org.accordo.app.support.RunningServer;

/** Multipart uploads of imports for the API tests. */
final class ImportUploads {

  private ImportUploads() {}

  /** A part of a multipart body. */
  record Part(String name, String fileName, String content) {}

  static Api.Response post(Api api, String token, String customer, Part... parts) {
    String boundary = "test-" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    for (Part p : parts) {
      body.append("--").append(boundary).append("\r\n");
      body.append("Content-Disposition: form-data; name=\"").append(p.name()).append('"');
      if (p.fileName() != null) {
        body.append("; filename=\"").append(p.fileName()).append('"');
      }
      body.append("\r\nContent-Type: ")
          .append(p.fileName() == null ? "text/plain" : "application/octet-stream")
          .append("\r\n\r\n")
          .append(p.content())
          .append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    return api.post("/api/v1/customers/" + customer + "/imports")
        .token(token)
        .body(
            "multipart/form-data; boundary=" + boundary,
            HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
        .send();
  }

  static Api.Response post(Api api, String customer, Part... parts) {
    return post(api, RunningServer.ADMIN_TOKEN, customer, parts);
  }

  static Part file(String name, String fileName, String content) {
    return new Part(name, fileName, content);
  }

  static Part field(String name, String value) {
    return new Part(name, null, value);
  }

  static List<Part> zendesk(String tickets, String audits) {
    List<Part> parts = new ArrayList<>();
    parts.add(
        file(
            "mapping",
            "zendesk.yaml",
            org.accordo.core.imports.Presets.text("zendesk").orElseThrow()));
    parts.add(file("tickets", "tickets.jsonl", tickets));
    parts.add(file("history", "audits.jsonl", audits));
    return parts;
  }
}
