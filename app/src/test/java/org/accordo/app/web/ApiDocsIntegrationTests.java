package org.accordo.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.accordo.app.clocks.EscalationKind;
import org.accordo.app.notifications.DeliveryState;
import org.accordo.app.security.Role;
import org.accordo.app.support.Api;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.core.clock.ClockState;
import org.accordo.core.clock.EventType;
import org.accordo.core.contract.lint.Severity;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description ({@code /v3/api-docs}, no token) is a document an integrator can generate
 * a client from: valid OpenAPI 3, every operation with a summary, a unique id, the status it really
 * answers and its problems, the enums and required fields of its values, a bearer security scheme,
 * and nothing but the API. On each database, since the values it documents are tried on the server.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ApiDocsIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;
  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final String UNSIGNED = "receiveInboundEvent";

  private final Api api;
  private String text;
  private JsonNode docs;

  ApiDocsIntegrationTests(TestDatabase database) {
    this.api = RunningServer.on(database).api();
  }

  /** An operation of the document. */
  record Op(String method, String path, JsonNode node) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @BeforeEach
  void readTheDocument() {
    Api.Response response = api.get("/v3/api-docs").send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    text = response.body();
    docs = response.json();
  }

  @Test
  void isValidOpenApi3() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);

    assertThat(docs.path("openapi").asString()).startsWith("3.0.");
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getPaths()).hasSize(docs.path("paths").size());
  }

  @Test
  void describesTheApiAndNothingElse() {
    List<String> paths = docs.path("paths").propertyNames().stream().toList();

    assertThat(paths).doesNotContain("/error", "/").allMatch(p -> p.startsWith("/api/v1/"));
    assertThat(paths)
        .contains(
            "/api/v1/tickets/{id}/events", "/api/v1/customers/{customerId}/contracts/in-force");
  }

  @Test
  void everyOperationHasASummaryAUniqueIdAndATag() {
    List<String> ids = new ArrayList<>();
    forEachOperation(
        op -> {
          assertThat(op.node().path("summary").asString()).as("summary of %s", op).isNotBlank();
          assertThat(op.node().path("operationId").asString())
              .as("operationId of %s", op)
              .matches("[a-z][A-Za-z]+");
          assertThat(op.node().path("tags").size()).as("tags of %s", op).isEqualTo(1);
          ids.add(op.node().path("operationId").asString());
        });

    assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void everyOperationGivesTheSuccessStatusItAnswers() {
    forEachOperation(
        op -> {
          List<String> success =
              op.node().path("responses").propertyNames().stream()
                  .filter(s -> s.startsWith("2"))
                  .toList();
          String expected =
              switch (op.method()) {
                case "post" -> postStatus(op.path());
                case "delete" ->
                    op.path().equals("/api/v1/customers/{id}")
                            || op.path().endsWith("/monitors/{monitorId}")
                        ? "204"
                        : "200";
                default -> "200";
              };
          assertThat(success).as("success statuses of %s", op).containsExactly(expected);
          JsonNode content = op.node().path("responses").path(expected).path("content");
          if (!expected.equals("204")) {
            assertThat(content.propertyNames())
                .as("media types of %s", op)
                .isNotEmpty()
                .doesNotContain("*/*");
          }
        });
  }

  /**
   * A POST creates something (201), except an import (202: it runs in the background) and the ones
   * that compute or act on what exists (200): a simulation or a review pack stores nothing, an
   * outages upload answers what it created and what was there already, a credit is applied or
   * waived.
   */
  private static String postStatus(String path) {
    if (path.endsWith("/imports")) {
      return "202";
    }
    return path.endsWith("/simulations")
            || path.endsWith("/reviews/pack")
            || path.endsWith("/outages/import")
            || path.endsWith("/apply")
            || path.endsWith("/waive")
        ? "200"
        : "201";
  }

  @Test
  void everyErrorIsAProblemAndEveryOperationListsTheErrorsItsShapeAllows() {
    forEachOperation(
        op -> {
          JsonNode responses = op.node().path("responses");
          List<String> statuses = responses.propertyNames().stream().toList();
          assertThat(statuses).as("statuses of %s", op).contains("500");
          if (!op.node().path("requestBody").isMissingNode()) {
            assertThat(statuses).as("statuses of %s", op).contains("400", "413", "415");
          }
          if (op.path().contains("{")) {
            assertThat(statuses).as("statuses of %s", op).contains("400", "404");
          }
          if (!UNSIGNED.equals(op.node().path("operationId").asString())) {
            assertThat(statuses).as("statuses of %s", op).contains("401");
          }
          statuses.stream()
              .filter(s -> s.startsWith("4") || s.startsWith("5"))
              .forEach(
                  status -> {
                    JsonNode content = responses.path(status).path("content");
                    assertThat(content.propertyNames())
                        .as("%s of %s", status, op)
                        .containsExactly("application/problem+json");
                    assertThat(content.path("application/problem+json").path("schema").path("$ref"))
                        .as("%s of %s", status, op)
                        .hasToString("\"" + PROBLEM_REF + "\"");
                    assertThat(responses.path(status).path("description").asString()).isNotBlank();
                  });
        });
    JsonNode problem = schema("Problem");
    assertThat(names(problem.path("required"))).contains("type", "title", "status", "detail");
    assertThat(problem.path("properties").propertyNames()).contains("field", "errors");
  }

  @Test
  void everyOperationButTheSignedWebhookNeedsABearerToken() {
    JsonNode scheme = docs.path("components").path("securitySchemes").path("bearer");
    assertThat(scheme.path("type").asString()).isEqualTo("http");
    assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
    assertThat(docs.path("security").get(0).has("bearer")).isTrue();

    forEachOperation(
        op -> {
          JsonNode security = op.node().path("security");
          if (UNSIGNED.equals(op.node().path("operationId").asString())) {
            assertThat(security.isArray() && security.isEmpty()).as("%s", op).isTrue();
            assertThat(parameters(op))
                .as("%s", op)
                .contains("X-Accordo-Source", "X-Accordo-Signature");
          } else {
            assertThat(security.isMissingNode()).as("%s keeps the global bearer", op).isTrue();
          }
        });
  }

  @Test
  void enumsAreTheValuesTheServerKnows() {
    List<String> statuses = ids(TicketStatus.values(), TicketStatus::id);
    List<String> metrics = ids(Metric.values(), Metric::id);
    List<String> events = ids(EventType.values(), EventType::id);

    assertEnum(property("NewToken", "role"), ids(Role.values(), Role::id));
    assertEnum(property("TokenView", "role"), ids(Role.values(), Role::id));
    assertEnum(
        property("NewEvent", "type"),
        events.stream().filter(t -> !t.equals(EventType.CREATED.id())).toList());
    assertEnum(property("InboundEvent", "type"), events);
    assertEnum(property("EventView", "type"), events);
    assertEnum(property("NewEvent", "status"), statuses);
    assertEnum(property("EventView", "status"), statuses);
    assertEnum(property("TicketView", "status"), statuses);
    assertEnum(property("TicketListItem", "status"), statuses);
    assertEnum(property("NewEvent", "metrics").path("items"), metrics);
    assertEnum(property("ClockView", "metric"), metrics);
    assertEnum(property("Due", "metric"), metrics);
    assertEnum(property("EscalationView", "metric"), metrics);
    assertEnum(property("ClockView", "state"), ids(ClockState.values(), ClockState::id));
    assertEnum(
        property("EscalationView", "kind"), ids(EscalationKind.values(), EscalationKind::id));
    assertEnum(
        property("NotificationView", "state"), ids(DeliveryState.values(), DeliveryState::id));
    assertEnum(property("FindingView", "severity"), ids(Severity.values(), Severity::label));
    assertEnum(query("get", "/api/v1/tickets", "status"), statuses);
    assertEnum(
        query("get", "/api/v1/escalations", "kind"),
        ids(EscalationKind.values(), EscalationKind::id));
    assertEnum(
        query("get", "/api/v1/notifications", "state"),
        ids(DeliveryState.values(), DeliveryState::id));
  }

  @Test
  void everyListDocumentsItsSortKeysAndTheServerTakesEachDocumentedValue() {
    List<String> tried = new ArrayList<>();
    forEachOperation(
        op -> {
          if (!op.method().equals("get") || op.path().contains("{")) {
            return;
          }
          for (JsonNode parameter : op.node().path("parameters")) {
            if (parameter.path("name").asString().equals("sort")) {
              assertThat(parameter.path("schema").path("enum").size())
                  .as("sort keys of %s", op)
                  .isPositive();
            }
            for (JsonNode value : parameter.path("schema").path("enum")) {
              String query = parameter.path("name").asString() + "=" + value.asString();
              Api.Response answer = api.get(op.path() + "?" + query).token(ADMIN).send();
              assertThat(answer.status()).as("%s?%s: %s", op, query, answer).isEqualTo(200);
              tried.add(op.path() + "?" + query);
            }
          }
        });

    assertThat(tried).contains("/api/v1/tickets?sort=-due_at", "/api/v1/audit?sort=id");
  }

  @Test
  void requestBodiesNameTheirRequiredFieldsAndTheirTypes() {
    forEachOperation(
        op -> {
          JsonNode json = op.node().path("requestBody").path("content").path("application/json");
          if (json.isMissingNode()) {
            return;
          }
          JsonNode body = resolve(json.path("schema"));
          if (body.path("minProperties").asInt() < 1) { // else: any one field of several
            assertThat(names(body.path("required"))).as("required fields of %s", op).isNotEmpty();
          }
          assertThat(names(body.path("required")))
              .as("required fields of %s", op)
              .isSubsetOf(body.path("properties").propertyNames());
        });
    assertThat(names(schema("NewTicket").path("required")))
        .containsExactlyInAnyOrder("customer_id", "subject", "priority");
    assertThat(names(schema("NewCustomer").path("required")))
        .containsExactlyInAnyOrder("id", "name");
    assertThat(names(schema("NewEvent").path("required"))).containsExactly("type");
    assertThat(property("NewTicket", "opened_at").path("format").asString()).isEqualTo("date-time");
    assertThat(property("NewEvent", "at").path("format").asString()).isEqualTo("date-time");
  }

  @Test
  void describesTheJsonAnswerFieldsHoldAsJson() {
    assertThat(property("NotificationView", "payload").path("type").asString()).isEqualTo("object");
    assertThat(property("ClockView", "escalations").path("items").path("$ref").asString())
        .endsWith("/ThresholdView");
    assertThat(property("ClockView", "timeline").path("items").path("$ref").asString())
        .endsWith("/SpanView");
  }

  @Test
  void namesSchemasInSnakeCaseAsTheApiSpeaks() {
    JsonNode newTicket = schema("NewTicket").path("properties");

    assertThat(newTicket.has("customer_id")).as("%s", newTicket).isTrue();
    assertThat(newTicket.has("customerId")).isFalse();
  }

  @Test
  void servesSwaggerUi() {
    assertThat(api.get("/swagger-ui/index.html").send().status()).isEqualTo(200);
  }

  private void forEachOperation(Consumer<Op> check) {
    docs.path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> check.accept(new Op(op.getKey(), path.getKey(), op.getValue()))));
  }

  private JsonNode schema(String name) {
    JsonNode schema = docs.path("components").path("schemas").path(name);
    assertThat(schema.isMissingNode()).as("schema %s", name).isFalse();
    return schema;
  }

  private JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asString("");
    return ref.isEmpty() ? schema : schema(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private JsonNode property(String schema, String property) {
    JsonNode node = schema(schema).path("properties").path(property);
    assertThat(node.isMissingNode()).as("%s.%s", schema, property).isFalse();
    return node;
  }

  private JsonNode query(String method, String path, String name) {
    for (JsonNode parameter : docs.path("paths").path(path).path(method).path("parameters")) {
      if (parameter.path("name").asString().equals(name)) {
        return parameter.path("schema");
      }
    }
    throw new AssertionError("no parameter " + name + " of " + method + " " + path);
  }

  private static List<String> parameters(Op op) {
    List<String> names = new ArrayList<>();
    op.node().path("parameters").forEach(p -> names.add(p.path("name").asString()));
    return names;
  }

  private static void assertEnum(JsonNode schema, List<String> expected) {
    assertThat(names(schema.path("enum")))
        .as("enum of %s", schema)
        .containsExactlyElementsOf(expected);
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(n -> names.add(n.asString()));
    return names;
  }

  private static <E> List<String> ids(E[] values, java.util.function.Function<E, String> id) {
    return Arrays.stream(values).map(id).toList();
  }
}
