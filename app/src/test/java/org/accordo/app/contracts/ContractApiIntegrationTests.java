package org.accordo.app.contracts;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** Contract versions uploaded as YAML, over HTTP, on each database. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ContractApiIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  ContractApiIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  static String contract(String id, String effective) {
    return "contract:\n  id: " + id + "\n  title: Managed IT services\n  effective: " + effective + "\n";
  }

  @Test
  void storesTheReferenceContractAsVersionOneAndGivesItBackAsUploaded() throws IOException {
    String customer = fixtures.customer("bianchi");
    String document = Files.readString(Path.of("/work/shared/examples/contract-bianchi.yaml"));

    Api.Response uploaded = upload(customer, document);

    assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
    JsonNode version = uploaded.json();
    assertThat(version.path("version").asInt()).isEqualTo(1);
    assertThat(version.path("contract_id").asString()).isEqualTo("bianchi-2026");
    assertThat(version.path("effective_from").asString()).isEqualTo("2026-01-01");
    assertThat(version.path("effective_to").asString()).isEqualTo("2027-12-31");
    assertThat(version.path("uploaded_at").asString()).isEqualTo(server.clock().instant().toString());
    assertThat(uploaded.header("Location")).isEqualTo("/api/v1/customers/" + customer + "/contracts/1");
    Api.Response raw = api.get("/api/v1/customers/" + customer + "/contracts/1/document").token(ADMIN).send();
    assertThat(raw.header("Content-Type")).startsWith("application/yaml");
    assertThat(raw.body()).isEqualTo(document);
  }

  @Test
  void eachUploadIsANewVersionAndTheLatestCoveringADateIsInForce() {
    String customer = fixtures.customer("versions");
    upload(customer, contract("c-2026", "{ from: 2026-01-01, to: 2026-12-31 }"));
    upload(customer, contract("c-2026-rev", "{ from: 2026-07-01, to: 2026-12-31 }"));
    upload(customer, contract("c-2027", "{ from: 2027-01-01 }"));

    JsonNode versions = api.get("/api/v1/customers/" + customer + "/contracts").token(ADMIN).send().json();
    assertThat(versions.valueStream().map(v -> v.path("version").asInt() + ":" + v.path("contract_id").asString()))
        .containsExactly("1:c-2026", "2:c-2026-rev", "3:c-2027");

    // before the revision's start, only version 1 covers the date
    assertThat(inForce(customer, "2026-03-01").path("version").asInt()).isEqualTo(1);
    // both 1 and 2 cover July: the later upload wins
    assertThat(inForce(customer, "2026-07-01").path("version").asInt()).isEqualTo(2);
    // the last day of a range is inside it (to is inclusive)
    assertThat(inForce(customer, "2026-12-31").path("version").asInt()).isEqualTo(2);
    // an open-ended version covers every later date
    assertThat(inForce(customer, "2040-02-29").path("version").asInt()).isEqualTo(3);
    assertProblem(api.get("/api/v1/customers/" + customer + "/contracts/in-force?date=2025-12-31").token(ADMIN).send(), 404);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # line and column are 1-based, at the start of the offending node (counted by hand)
      # what                    | document                                                                  | line | column
      YAML syntax error         | 'contract:\\n  id: [unclosed\\n  effective: { from: 2026-01-01 }\\n'      | 3    | 12
      no contract section       | 'title: x\\n'                                                             | 1    | 1
      contract.id missing       | 'contract:\\n  effective: { from: 2026-01-01 }\\n'                        | 2    | 3
      effective missing         | 'contract:\\n  id: c1\\n'                                                 | 2    | 3
      from missing              | 'contract:\\n  id: c1\\n  effective: { to: 2026-12-31 }\\n'               | 3    | 14
      impossible date           | 'contract:\\n  id: c1\\n  effective: { from: 2026-02-30 }\\n'             | 3    | 22
      to before from            | 'contract:\\n  id: c1\\n  effective: { from: 2026-05-01, to: 2026-04-30 }\\n' | 3 | 38
      unknown key in effective  | 'contract:\\n  id: c1\\n  effective: { from: 2026-05-01, until: 2026-06-01 }\\n' | 3 | 34
      not a mapping             | '- just\\n- a list\\n'                                                    | 1    | 1
      control character         | 'contract:\\n  id: a\\u0001b\\n  effective: { from: 2026-01-01 }\\n'      | 2    | 8
      """)
  void refusesABrokenContractWithLineAndColumnAndStoresNothing(String what, String document, int line, int column) {
    String customer = fixtures.customer("broken");

    Api.Response response = upload(customer, document.replace("\\n", "\n").replace("\\u0001", "\u0001"));

    JsonNode problem = assertProblem(response, 422);
    assertThat(problem.path("line").asInt()).as("%s", response).isEqualTo(line);
    assertThat(problem.path("column").asInt()).as("%s", response).isEqualTo(column);
    assertThat(problem.path("errors").get(0).path("message").asString()).isNotBlank();
    assertThat(api.get("/api/v1/customers/" + customer + "/contracts").token(ADMIN).send().json().size()).isZero();
  }

  @Test
  void refusesOtherMediaTypesAndBadParameters() {
    String customer = fixtures.customer("media");
    String path = "/api/v1/customers/" + customer + "/contracts";

    assertProblem(api.post(path).token(ADMIN).json("{\"contract\": {}}").send(), 415);
    assertInvalidField(api.post(path).token(ADMIN).body("application/yaml", java.net.http.HttpRequest.BodyPublishers.ofByteArray(
        new byte[] {'c', ':', ' ', (byte) 0xC3, (byte) 0x28})).send(), "body");
    assertInvalidField(api.get(path + "/in-force?date=2026-02-30").token(ADMIN).send(), "date");
    assertInvalidField(api.get(path + "/in-force?date=yesterday").token(ADMIN).send(), "date");
    assertInvalidField(api.get(path + "/in-force").token(ADMIN).send(), "date");
    assertInvalidField(api.get(path + "/99999999999").token(ADMIN).send(), "version");
    assertProblem(api.get(path + "/7").token(ADMIN).send(), 404);
    assertProblem(api.get(path + "/7/document").token(ADMIN).send(), 404);
  }

  @Test
  void aCustomerTokenReadsItsOwnContractsOnlyAndCannotUpload() {
    String own = fixtures.customer("reader");
    String other = fixtures.customer("stranger");
    upload(own, contract("own-1", "{ from: 2026-01-01 }"));
    upload(other, contract("other-1", "{ from: 2026-01-01 }"));
    String token = fixtures.customerToken(own);

    assertThat(api.get("/api/v1/customers/" + own + "/contracts/1").token(token).send().status()).isEqualTo(200);
    assertProblem(api.post("/api/v1/customers/" + own + "/contracts").token(token)
        .body("application/yaml", contract("mine", "{ from: 2026-01-01 }")).send(), 403);
    String base = "/api/v1/customers/" + other + "/contracts";
    assertProblem(api.get(base).token(token).send(), 404);
    assertProblem(api.get(base + "/1").token(token).send(), 404);
    assertProblem(api.get(base + "/1/document").token(token).send(), 404);
    assertProblem(api.get(base + "/in-force?date=2026-03-01").token(token).send(), 404);
    assertProblem(api.post(base).token(token).body("application/yaml", contract("x", "{ from: 2026-01-01 }")).send(), 404);
    assertThat(api.get(base).token(ADMIN).send().json().size()).isEqualTo(1);
  }

  @Test
  void anUploadIsAudited() {
    String customer = fixtures.customer("audited-contract");
    upload(customer, contract("a-1", "{ from: 2026-01-01 }"));

    JsonNode entries = api.get("/api/v1/audit?size=100").token(ADMIN).send().json().path("items");
    assertThat(entries.valueStream().filter(e -> e.path("entity_id").asString().equals(customer + "/1"))
            .map(e -> e.path("action").asString()))
        .containsExactly("contract.uploaded");
  }

  private Api.Response upload(String customer, String document) {
    return api.post("/api/v1/customers/" + customer + "/contracts").token(ADMIN).body("application/yaml", document).send();
  }

  private JsonNode inForce(String customer, String date) {
    Api.Response response = api.get("/api/v1/customers/" + customer + "/contracts/in-force?date=" + date).token(ADMIN).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }
}
