package org.accordo.app.contracts;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
    return ApiFixtures.contract(id, effective);
  }

  /** The reference contract with one line replaced (lines are 1-based, as in problems). */
  static String withLine(int line, String text) {
    List<String> lines = new ArrayList<>(ApiFixtures.referenceContract().lines().toList());
    lines.set(line - 1, text);
    return String.join("\n", lines) + "\n";
  }

  @Test
  void storesTheReferenceContractAsVersionOneAndGivesItBackAsUploaded() throws IOException {
    String customer = fixtures.customer("bianchi");
    String document = ApiFixtures.referenceContract();

    Api.Response uploaded = upload(customer, document);

    assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
    JsonNode version = uploaded.json();
    assertThat(version.path("version").asInt()).isEqualTo(1);
    assertThat(version.path("contract_id").asString()).isEqualTo("bianchi-2026");
    assertThat(version.path("effective_from").asString()).isEqualTo("2026-01-01");
    assertThat(version.path("effective_to").asString()).isEqualTo("2027-12-31");
    assertThat(version.path("uploaded_at").asString())
        .isEqualTo(server.clock().instant().toString());
    assertThat(uploaded.header("Location"))
        .isEqualTo("/api/v1/customers/" + customer + "/contracts/1");
    Api.Response raw =
        api.get("/api/v1/customers/" + customer + "/contracts/1/document").token(ADMIN).send();
    assertThat(raw.header("Content-Type")).startsWith("application/yaml");
    assertThat(raw.body()).isEqualTo(document);
  }

  @Test
  void eachUploadIsANewVersionAndTheLatestCoveringADateIsInForce() {
    String customer = fixtures.customer("versions");
    upload(customer, contract("c-2026", "{ from: 2026-01-01, to: 2026-12-31 }"));
    upload(customer, contract("c-2026-rev", "{ from: 2026-07-01, to: 2026-12-31 }"));
    upload(customer, contract("c-2027", "{ from: 2027-01-01 }"));

    JsonNode versions =
        api.get("/api/v1/customers/" + customer + "/contracts").token(ADMIN).send().json();
    assertThat(
            versions
                .valueStream()
                .map(v -> v.path("version").asInt() + ":" + v.path("contract_id").asString()))
        .containsExactly("1:c-2026", "2:c-2026-rev", "3:c-2027");

    // before the revision's start, only version 1 covers the date
    assertThat(inForce(customer, "2026-03-01").path("version").asInt()).isEqualTo(1);
    // both 1 and 2 cover July: the later upload wins
    assertThat(inForce(customer, "2026-07-01").path("version").asInt()).isEqualTo(2);
    // the last day of a range is inside it (to is inclusive)
    assertThat(inForce(customer, "2026-12-31").path("version").asInt()).isEqualTo(2);
    // an open-ended version covers every later date
    assertThat(inForce(customer, "2040-02-29").path("version").asInt()).isEqualTo(3);
    assertProblem(
        api.get("/api/v1/customers/" + customer + "/contracts/in-force?date=2025-12-31")
            .token(ADMIN)
            .send(),
        404);
  }

  @Test
  void answersTheLintFindingsOfTheStoredVersion() {
    String customer = fixtures.customer("linted");

    Api.Response uploaded = upload(customer, ApiFixtures.referenceContract());

    assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
    JsonNode findings = uploaded.json().path("findings");
    // docs/contracts.md: the reference contract lints with four warnings: its 99.9% budget is
    // shorter than its RTO and than its P1 resolution target, and two "5d" durations on the office
    // calendar
    assertThat(findings.valueStream().map(f -> f.path("rule").asString()))
        .containsExactlyInAnyOrder(
            "budget-below-rto",
            "budget-below-rto",
            "days-on-business-calendar",
            "days-on-business-calendar");
    assertThat(findings.valueStream().map(f -> f.path("severity").asString()))
        .containsOnly("warning");
    assertThat(findings.valueStream())
        .allSatisfy(
            f -> {
              assertThat(f.path("line").asInt()).isPositive();
              assertThat(f.path("column").asInt()).isPositive();
              assertThat(f.path("message").asString()).isNotBlank();
              assertThat(f.path("hint").asString()).isNotBlank();
            });
  }

  @Test
  void storesAContractWhoseFindingsAreErrorsOfRulesOtherThanLoading() {
    String customer = fixtures.customer("inverted");
    // line 90: the P1 resolution target; 10h is longer than P2's 8h, an error of the linter, not of
    // loading
    Api.Response uploaded =
        upload(customer, withLine(90, "        P1: { target: 10h, calendar: always }"));

    assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
    assertThat(
            uploaded
                .json()
                .path("findings")
                .valueStream()
                .filter(f -> f.path("severity").asString().equals("error"))
                .map(f -> f.path("rule").asString() + "@" + f.path("line").asInt()))
        .containsExactly("priority-targets-inverted@90");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # line and column are 1-based, at the start of the offending value, or at the key of a mapping
      # that lacks one of its keys (counted by hand on the reference contract, line 5 '  id: bianchi-2026', line 10 the effective dates, line 85 the P4 first response)
      # what                    | line replaced | new text                                                     | line | column
      impossible date           | 10 | '  effective: { from: 2026-02-30 }'                                     | 10   | 22
      to before from            | 10 | '  effective: { from: 2026-05-01, to: 2026-04-30 }'                     | 10   | 38
      unknown key in effective  | 10 | '  effective: { from: 2026-05-01, until: 2026-06-01 }'                  | 10   | 34
      from missing              | 10 | '  effective: { to: 2026-12-31 }'                                       | 10   | 3
      unknown calendar          | 85 | '        P4: { target: 8h, calendar: offfice }'                         | 85   | 37
      control character         | 5  | '  id: a\\u0001b'                                                       | 5    | 8
      date out of the years     | 10 | '  effective: { from: -999999999-01-01 }'                               | 10   | 22
      a YAML tag                | 6  | '  title: !custom Managed IT services agreement'                        | 6    | 10
      not an e-mail address     | 17 | '    contact: { name: Marco Bianchi, email: marco@bianchi }'            | 17   | 44
      """)
  void refusesABrokenContractWithLineAndColumnAndStoresNothing(
      String what, int replaced, String text, int line, int column) {
    String customer = fixtures.customer("broken");

    Api.Response response = upload(customer, withLine(replaced, text.replace("\\u0001", "\u0001")));

    JsonNode problem = assertProblem(response, 422);
    assertThat(problem.path("line").asInt()).as("%s", response).isEqualTo(line);
    assertThat(problem.path("column").asInt()).as("%s", response).isEqualTo(column);
    assertThat(problem.path("errors").get(0).path("message").asString()).isNotBlank();
    assertThat(
            api.get("/api/v1/customers/" + customer + "/contracts")
                .token(ADMIN)
                .send()
                .json()
                .size())
        .isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # what                | document                                        | line | column
      # a syntax error is placed where the parser noticed it: the end of the unclosed flow sequence
      YAML syntax error     | 'contract:\\n  id: [unclosed\\n'                 | 3    | 1
      # the whole document is the wrong kind of node
      not a mapping         | '- just\\n- a list\\n'                          | 1    | 1
      """)
  void refusesADocumentThatIsNotAContractAtAll(String what, String document, int line, int column) {
    String customer = fixtures.customer("not-a-contract");

    JsonNode problem = assertProblem(upload(customer, document.replace("\\n", "\n")), 422);

    assertThat(problem.path("line").asInt()).isEqualTo(line);
    assertThat(problem.path("column").asInt()).isEqualTo(column);
  }

  @Test
  void answersAHugeBadValueWithAnExcerptOfIt() {
    String customer = fixtures.customer("huge-value");
    String address = "m".repeat(100_000) + "@bianchi.example";

    Api.Response response =
        upload(
            customer, withLine(17, "    contact: { name: Marco Bianchi, email: " + address + " }"));

    JsonNode problem = assertProblem(response, 422);
    assertThat(problem.path("errors").get(0).path("message").asString())
        .isEqualTo(
            "contract.customer.contact.email '"
                + "m".repeat(60)
                + "…' is not an e-mail address: it is longer than 254 characters");
    assertThat(response.body()).hasSizeLessThan(2_000);
  }

  @Test
  void reportsEveryProblemOfTheDocumentWithItsPlace() {
    String customer = fixtures.customer("two-problems");
    String document =
        withLine(10, "  effective: { from: 2026-02-30 }")
            .replace(
                "        P4: { target: 8h, calendar: office }",
                "        P4: { target: 8h, calendar: offfice }");

    JsonNode problem = assertProblem(upload(customer, document), 422);

    assertThat(
            problem
                .path("errors")
                .valueStream()
                .map(e -> e.path("line").asInt() + ":" + e.path("column").asInt()))
        .containsExactly("10:22", "85:37");
    assertThat(problem.path("detail").asString())
        .startsWith("line 10, column 22: ")
        .endsWith("(and 1 more)");
  }

  @Test
  void refusesOtherMediaTypesAndBadParameters() {
    String customer = fixtures.customer("media");
    String path = "/api/v1/customers/" + customer + "/contracts";

    assertProblem(api.post(path).token(ADMIN).json("{\"contract\": {}}").send(), 415);
    assertInvalidField(
        api.post(path)
            .token(ADMIN)
            .body(
                "application/yaml",
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                    new byte[] {'c', ':', ' ', (byte) 0xC3, (byte) 0x28}))
            .send(),
        "body");
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

    assertThat(api.get("/api/v1/customers/" + own + "/contracts/1").token(token).send().status())
        .isEqualTo(200);
    assertProblem(
        api.post("/api/v1/customers/" + own + "/contracts")
            .token(token)
            .body("application/yaml", contract("mine", "{ from: 2026-01-01 }"))
            .send(),
        403);
    String base = "/api/v1/customers/" + other + "/contracts";
    assertProblem(api.get(base).token(token).send(), 404);
    assertProblem(api.get(base + "/1").token(token).send(), 404);
    assertProblem(api.get(base + "/1/document").token(token).send(), 404);
    assertProblem(api.get(base + "/in-force?date=2026-03-01").token(token).send(), 404);
    assertProblem(
        api.post(base)
            .token(token)
            .body("application/yaml", contract("x", "{ from: 2026-01-01 }"))
            .send(),
        404);
    assertThat(api.get(base).token(ADMIN).send().json().size()).isEqualTo(1);
  }

  @Test
  void anUploadIsAudited() {
    String customer = fixtures.customer("audited-contract");
    upload(customer, contract("a-1", "{ from: 2026-01-01 }"));

    JsonNode entries = api.get("/api/v1/audit?size=100").token(ADMIN).send().json().path("items");
    assertThat(
            entries
                .valueStream()
                .filter(e -> e.path("entity_id").asString().equals(customer + "/1"))
                .map(e -> e.path("action").asString()))
        .containsExactly("contract.uploaded");
  }

  private Api.Response upload(String customer, String document) {
    return api.post("/api/v1/customers/" + customer + "/contracts")
        .token(ADMIN)
        .body("application/yaml", document)
        .send();
  }

  private JsonNode inForce(String customer, String date) {
    Api.Response response =
        api.get("/api/v1/customers/" + customer + "/contracts/in-force?date=" + date)
            .token(ADMIN)
            .send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }
}
