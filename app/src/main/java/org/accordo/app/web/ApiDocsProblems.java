package org.accordo.app.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes every operation of the OpenAPI document with the problems it may answer, so that a
 * generated client knows every status and its body: {@code 400} where the request has a body or
 * parameters, {@code 404} where the path names a resource, {@code 401} where a token is needed,
 * {@code 413} and {@code 415} where there is a body, {@code 500} everywhere; each with the {@code
 * Problem} schema as {@code application/problem+json}, also those an operation declares itself
 * ({@code 403}, {@code 409}, {@code 422}). Paging parameters get their bounds.
 */
final class ApiDocsProblems implements OpenApiCustomizer {

  /** The name of the problem schema in the document's components. */
  static final String PROBLEM = "Problem";

  static final String PROBLEM_JSON = "application/problem+json";

  private static final Map<String, String> GENERIC =
      Map.of(
          "400", "A request value is invalid; `field` names it (a property, parameter or header)",
          "401", "No token, or an invalid or revoked one",
          "404", "No such resource, or another customer's (the same answer)",
          "413", "The body is over 1 MiB",
          "415", "The body is not of a media type this operation reads",
          "500", "A defect of Accordo (logged); bad input never gives a 500");

  @Override
  public void customise(OpenAPI api) {
    api.getComponents().getSchemas().remove("ProblemDetail");
    api.getComponents().addSchemas(PROBLEM, problem());
    if (api.getPaths() == null) {
      return;
    }
    api.getPaths()
        .values()
        .forEach(item -> item.readOperations().forEach(ApiDocsProblems::complete));
  }

  private static void complete(Operation operation) {
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    Map<String, ApiResponse> responses = new TreeMap<>(operation.getResponses());
    if (operation.getRequestBody() != null) {
      add(responses, "400");
      add(responses, "413");
      add(responses, "415");
    }
    if (!parameters.isEmpty()) {
      add(responses, "400");
    }
    if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
      add(responses, "404");
    }
    if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
      add(responses, "401");
    }
    add(responses, "500");
    responses.forEach(
        (status, response) -> {
          if (!status.startsWith("2") && !status.startsWith("3")) {
            response.setContent(
                new Content()
                    .addMediaType(
                        PROBLEM_JSON,
                        new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
          }
        });
    ApiResponses sorted = new ApiResponses();
    responses.forEach(sorted::addApiResponse);
    operation.setResponses(sorted);
    parameters.forEach(ApiDocsProblems::bound);
  }

  private static void add(Map<String, ApiResponse> responses, String status) {
    responses.putIfAbsent(status, new ApiResponse().description(GENERIC.get(status)));
  }

  /** The bounds of the paging parameters ({@link PageRequest}). */
  private static void bound(Parameter parameter) {
    if (!"query".equals(parameter.getIn()) || parameter.getSchema() == null) {
      return;
    }
    Schema<?> schema = parameter.getSchema();
    switch (parameter.getName()) {
      case "page" -> {
        schema.setMinimum(BigDecimal.ZERO);
        schema.setMaximum(BigDecimal.valueOf(1_000_000));
        parameter.setDescription("The page, from 0 (default 0)");
      }
      case "size" -> {
        schema.setMinimum(BigDecimal.ONE);
        schema.setMaximum(BigDecimal.valueOf(PageRequest.MAX_SIZE));
        parameter.setDescription(
            "Items per page, 1 to "
                + PageRequest.MAX_SIZE
                + " (default "
                + PageRequest.DEFAULT_SIZE
                + ")");
      }
      case "sort" ->
          parameter.setDescription(
              "A sort key of this list (its values below); '-' before a key sorts descending");
      default -> {}
    }
  }

  /** RFC 9457 problem details as Accordo answers them. */
  private static Schema<?> problem() {
    Schema<?> fieldError =
        new ObjectSchema()
            .addProperty("field", new StringSchema())
            .addProperty("message", new StringSchema())
            .required(List.of("field", "message"));
    return new ObjectSchema()
        .description(
            "An RFC 9457 problem: branch on `type`, show `detail` to people. Each kind of problem"
                + " may add properties of its own (e.g. `line` and `column` of an invalid contract).")
        .addProperty(
            "type",
            new StringSchema()
                .description(
                    "urn:accordo:problem: followed by the kind, e.g. invalid-field, not-found,"
                        + " forbidden, conflict, invalid-contract, idempotency-key-reused")
                .example("urn:accordo:problem:invalid-field"))
        .addProperty("title", new StringSchema().description("The status's reason phrase"))
        .addProperty("status", new IntegerSchema().description("The HTTP status"))
        .addProperty("detail", new StringSchema().description("What is wrong, for a person"))
        .addProperty("instance", new StringSchema().description("The path of the request"))
        .addProperty(
            "field",
            new StringSchema()
                .description(
                    "The request field refused (400), or the one the token's role may not set"
                        + " (403)"))
        .addProperty(
            "errors", new ArraySchema().items(fieldError).description("Every refused field (400)"))
        .addProperty("line", new IntegerSchema().description("invalid-contract: 1-based line"))
        .addProperty("column", new IntegerSchema().description("invalid-contract: 1-based column"))
        .required(List.of("type", "title", "status", "detail"))
        .additionalProperties(Boolean.TRUE);
  }
}
