package org.accordo.app.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.accordo.app.refusal.Excerpt;
import org.accordo.app.refusal.InvalidField;

/**
 * A request's query string read strictly, as the servlet container would read it ({@code &} between
 * parameters, {@code =} between name and value, {@code +} for a space, {@code %XX} for a byte of
 * UTF-8), but refusing what the container would fail on later, deep in whatever first asks for a
 * parameter: a {@code %} not followed by two hex digits, bytes that are not UTF-8 ({@code %ff}),
 * more than {@value #MAX_PARAMETERS} parameters.
 */
final class QueryString {

  /** The most parameters a query string may carry; no endpoint takes a tenth of them. */
  static final int MAX_PARAMETERS = 100;

  private QueryString() {}

  /** One parameter as decoded. */
  record Parameter(String name, String value) {}

  /**
   * The parameters of {@code raw} (a request's undecoded query string, or null), in order.
   *
   * @throws InvalidField naming the parameter (or {@code query} when its name cannot be read) for a
   *     query string that cannot be decoded
   */
  static List<Parameter> parse(String raw) {
    List<Parameter> parameters = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return parameters;
    }
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      if (parameters.size() == MAX_PARAMETERS) {
        throw new InvalidField("query", "has more than " + MAX_PARAMETERS + " parameters");
      }
      int equals = pair.indexOf('=');
      String rawName = equals < 0 ? pair : pair.substring(0, equals);
      String name = decode(rawName, "query");
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1), Excerpt.of(name));
      parameters.add(new Parameter(name, value));
    }
    return parameters;
  }

  private static String decode(String text, String field) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        int high = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
        int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          throw new InvalidField(field, "has a '%' that is not followed by two hex digits");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        throw new InvalidField(field, "has a character that is not percent-encoded");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidField(field, "is not percent-encoded UTF-8 (e.g. %ff is no UTF-8 byte)");
    }
  }
}
