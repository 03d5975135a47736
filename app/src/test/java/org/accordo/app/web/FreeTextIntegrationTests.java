package org.accordo.app.web;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every text of the API written in a client's own words follows one rule (FreeText): at least one
 * visible character, one line, well-formed Unicode, a length counted in characters as a person
 * counts them. A refused text stores nothing, and an accepted one reads back as written, the same
 * on both databases.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class FreeTextIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;
  private static final String EMOJI = "\ud83d\ude00";

  private final Api api;
  private final ApiFixtures fixtures;

  FreeTextIntegrationTests(TestDatabase database) {
    this.api = RunningServer.on(database).api();
    this.fixtures = new ApiFixtures(api);
  }

  /** A text field of the API, how to write a value into it, and how to read it back. */
  enum Field {
    CUSTOMER_NAME("name", 200) {
      @Override
      Api.Response write(FreeTextIntegrationTests t, String key, String text) {
        return t.api
            .post("/api/v1/customers")
            .token(ADMIN)
            .json("{\"id\": \"" + key + "\", \"name\": " + json(text) + "}")
            .send();
      }

      @Override
      String key(FreeTextIntegrationTests t) {
        return ApiFixtures.uniqueId("text-customer");
      }

      @Override
      JsonNode stored(FreeTextIntegrationTests t, String key, Api.Response written) {
        Api.Response read = t.api.get("/api/v1/customers/" + key).token(ADMIN).send();
        return read.status() == 404 ? null : read.json().path("name");
      }
    },
    CUSTOMER_RENAMED("name", 200) {
      @Override
      Api.Response write(FreeTextIntegrationTests t, String key, String text) {
        return t.api
            .put("/api/v1/customers/" + key)
            .token(ADMIN)
            .json("{\"name\": " + json(text) + ", \"time_zone\": \"UTC\"}")
            .send();
      }

      @Override
      String key(FreeTextIntegrationTests t) {
        return t.fixtures.customer("text-rename");
      }

      @Override
      JsonNode stored(FreeTextIntegrationTests t, String key, Api.Response written) {
        JsonNode name =
            t.api.get("/api/v1/customers/" + key).token(ADMIN).send().json().path("name");
        return name.asString().equals("text-rename Srl") ? null : name;
      }
    },
    TOKEN_NAME("name", 200) {
      @Override
      Api.Response write(FreeTextIntegrationTests t, String key, String text) {
        return t.api
            .post("/api/v1/tokens")
            .token(ADMIN)
            .json("{\"name\": " + json(text) + ", \"role\": \"agent\"}")
            .send();
      }

      /** The number of tokens before the write. */
      @Override
      String key(FreeTextIntegrationTests t) {
        return String.valueOf(t.tokens().size());
      }

      @Override
      JsonNode stored(FreeTextIntegrationTests t, String key, Api.Response written) {
        JsonNode tokens = t.tokens();
        if (written.status() != 201) {
          return tokens.size() == Integer.parseInt(key) ? null : tokens.get(tokens.size() - 1);
        }
        String id = written.json().path("id").asString();
        return tokens
            .valueStream()
            .filter(token -> token.path("id").asString().equals(id))
            .findFirst()
            .map(token -> token.path("name"))
            .orElse(null);
      }
    },
    SUBJECT("subject", 500) {
      @Override
      Api.Response write(FreeTextIntegrationTests t, String key, String text) {
        return t.api
            .post("/api/v1/tickets")
            .token(ADMIN)
            .json(
                "{\"customer_id\": \""
                    + key
                    + "\", \"subject\": "
                    + json(text)
                    + ", \"priority\": \"P2\"}")
            .send();
      }

      @Override
      String key(FreeTextIntegrationTests t) {
        return t.fixtures.customer("text-subject");
      }

      @Override
      JsonNode stored(FreeTextIntegrationTests t, String key, Api.Response written) {
        return t.onlyTicketOf(key, "subject");
      }
    },
    EXTERNAL_ID("external_id", 200) {
      @Override
      Api.Response write(FreeTextIntegrationTests t, String key, String text) {
        return t.api
            .post("/api/v1/tickets")
            .token(ADMIN)
            .json(
                "{\"customer_id\": \""
                    + key
                    + "\", \"external_id\": "
                    + json(text)
                    + ", \"subject\": \"VPN down\", \"priority\": \"P2\"}")
            .send();
      }

      @Override
      String key(FreeTextIntegrationTests t) {
        return t.fixtures.customer("text-external");
      }

      @Override
      JsonNode stored(FreeTextIntegrationTests t, String key, Api.Response written) {
        return t.onlyTicketOf(key, "external_id");
      }
    },
    EXCLUSION_REASON("reason", 1000) {
      @Override
      Api.Response write(FreeTextIntegrationTests t, String key, String text) {
        return t.api
            .post("/api/v1/tickets/" + key + "/events")
            .token(ADMIN)
            .json(
                "{\"type\": \"excluded\", \"from\": \"2026-03-02T08:00:00Z\","
                    + " \"to\": \"2026-03-02T08:30:00Z\", \"reason\": "
                    + json(text)
                    + "}")
            .send();
      }

      @Override
      String key(FreeTextIntegrationTests t) {
        return t.fixtures.ticket(t.fixtures.customer("text-reason"), "P2", null, null);
      }

      @Override
      JsonNode stored(FreeTextIntegrationTests t, String key, Api.Response written) {
        JsonNode events =
            t.api.get("/api/v1/tickets/" + key + "/events").token(ADMIN).send().json();
        return events.size() == 1 ? null : events.get(1).path("reason");
      }
    },
    INBOUND_SOURCE_NAME("name", 200) {
      @Override
      Api.Response write(FreeTextIntegrationTests t, String key, String text) {
        return t.api
            .post("/api/v1/inbound/sources")
            .token(ADMIN)
            .json(
                "{\"id\": \""
                    + key
                    + "\", \"name\": "
                    + json(text)
                    + ", \"secret\": \"whsec-0123456789abcdefghijklmnopqrstuv\"}")
            .send();
      }

      @Override
      String key(FreeTextIntegrationTests t) {
        return ApiFixtures.uniqueId("text-src");
      }

      @Override
      JsonNode stored(FreeTextIntegrationTests t, String key, Api.Response written) {
        return t.api
            .get("/api/v1/inbound/sources")
            .token(ADMIN)
            .send()
            .json()
            .valueStream()
            .filter(source -> source.path("id").asString().equals(key))
            .findFirst()
            .map(source -> source.path("name"))
            .orElse(null);
      }
    };

    final String name;
    final int maxLength;

    Field(String name, int maxLength) {
      this.name = name;
      this.maxLength = maxLength;
    }

    /** What the field belongs to: a fresh customer, ticket or id (null when the server chooses). */
    abstract String key(FreeTextIntegrationTests t);

    abstract Api.Response write(FreeTextIntegrationTests t, String key, String text);

    /** The field as stored, read back through the API; null when nothing was stored. */
    abstract JsonNode stored(FreeTextIntegrationTests t, String key, Api.Response written);
  }

  /** The texts refused by every field, each with a label for the test's name. */
  static Stream<Arguments> refusedTexts() {
    String[][] texts = {
      {"zero-width space", "\u200b"},
      {"zero-width spaces and a byte order mark", "\u200b\u200b\ufeff"},
      {"no-break space", "\u00a0"},
      {"Mongolian vowel separator", "\u180e"},
      {"word joiner", "\u2060"},
      {"Hangul filler", "\u3164"},
      {"a bell (C0 control)", "a\u0007b"},
      {"next line (C1 control)", "a\u0085b"},
      {"a lone surrogate", "a\ud800b"},
    };
    return Arrays.stream(Field.values())
        .flatMap(field -> Arrays.stream(texts).map(t -> Arguments.of(field, t[0], t[1])));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refusedTexts")
  void refusesTextThatIsBlankToAPersonOrNotOneWellFormedLineAndStoresNothing(
      Field field, String label, String text) {
    String key = field.key(this);

    Api.Response response = field.write(this, key, text);

    assertInvalidField(response, field.name);
    assertThat(field.stored(this, key, response)).as("stored").isNull();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Field.class)
  void countsTheLengthInCharactersAsAPersonDoesAndReadsTheTextBackAsWritten(Field field) {
    String longest = EMOJI.repeat(field.maxLength);
    String key = field.key(this);

    Api.Response accepted = field.write(this, key, longest);
    Api.Response tooLong = field.write(this, field.key(this), longest + EMOJI);

    assertThat(accepted.status()).as("%s", accepted).isIn(200, 201);
    assertThat(field.stored(this, key, accepted).asString()).isEqualTo(longest);
    assertThat(assertInvalidField(tooLong, field.name).path("detail").asString())
        .isEqualTo(
            field.name
                + ": must be at most "
                + field.maxLength
                + " characters, was "
                + (field.maxLength + 1));
  }

  private JsonNode tokens() {
    return api.get("/api/v1/tokens").token(ADMIN).send().json();
  }

  /** A field of the customer's only ticket, or null when it has none. */
  private JsonNode onlyTicketOf(String customer, String property) {
    JsonNode page = api.get("/api/v1/tickets?customer_id=" + customer).token(ADMIN).send().json();
    return page.path("total").asLong() == 0 ? null : page.path("items").get(0).path(property);
  }

  /** A JSON string literal of {@code text}, every character outside printable ASCII escaped. */
  static String json(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        literal.append(String.format("\\u%04x", (int) c));
      } else {
        literal.append(c);
      }
    }
    return literal.append('"').toString();
  }
}
