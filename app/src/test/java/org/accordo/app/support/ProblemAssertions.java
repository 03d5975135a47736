package org.accordo.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Checks that an answer is an RFC 9457 problem body of the expected status (and field). */
public final class ProblemAssertions {

  private ProblemAssertions() {}

  /** Asserts a problem of {@code status}; returns its body. */
  public static JsonNode assertProblem(Api.Response response, int status) {
    assertThat(response.status()).as("status of %s", response).isEqualTo(status);
    assertThat(response.header("Content-Type"))
        .as("content type of %s", response)
        .startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.path("status").asInt()).as("status in %s", response).isEqualTo(status);
    assertThat(problem.path("type").asString())
        .as("type of %s", response)
        .startsWith("urn:accordo:problem:");
    assertThat(problem.path("detail").asString()).as("detail of %s", response).isNotBlank();
    return problem;
  }

  /** Asserts a {@code 400} naming {@code field}; returns its body. */
  public static JsonNode assertInvalidField(Api.Response response, String field) {
    JsonNode problem = assertProblem(response, 400);
    assertThat(problem.path("field").asString()).as("field named by %s", response).isEqualTo(field);
    return problem;
  }

  /** Asserts a {@code 403} naming {@code field}, which the token's role may not set. */
  public static JsonNode assertForbiddenField(Api.Response response, String field) {
    JsonNode problem = assertProblem(response, 403);
    assertThat(problem.path("type").asString()).isEqualTo("urn:accordo:problem:forbidden");
    assertThat(problem.path("field").asString()).as("field named by %s", response).isEqualTo(field);
    return problem;
  }
}
