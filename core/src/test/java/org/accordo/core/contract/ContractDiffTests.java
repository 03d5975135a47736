package org.accordo.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContractDiffTests {

  private static final String BIANCHI = ContractFixtures.bianchi();

  private static List<String> diff(String newer) {
    return ContractDiff.between(BIANCHI, "old.yaml", newer, "new.yaml").stream()
        .map(ContractChange::toString)
        .toList();
  }

  private static String bianchiWith(String old, String replacement) {
    assertThat(BIANCHI).contains(old);
    return BIANCHI.replace(old, replacement);
  }

  @Test
  void findsNoChangeBetweenAFileAndItself() {
    assertThat(diff(BIANCHI)).isEmpty();
  }

  @Test
  void namesListItemsByTheirIdSoReorderingIsNoChange() {
    String email = "    - { type: email, address: support@rossi-it.example }\n";
    String phone = "    - { type: phone, address: \"+39 02 5550100\", hours: office }\n";
    String reordered = bianchiWith(email + phone, phone + email);

    assertThat(diff(reordered)).isEmpty();
  }

  @Test
  void reportsAChangedTargetAtItsSla() {
    assertThat(
            diff(
                bianchiWith(
                    "P2: { target: 8h, calendar: office }",
                    "P2: { target: 6h, calendar: office }")))
        .containsExactly("~ slas[service-desk].metrics.resolution.P2.target: 8h -> 6h");
  }

  @Test
  void reportsAnAddedOrRemovedEntryOnceNotEveryValueInIt() {
    String withoutL3 =
        bianchiWith("    L3: { who: Managing director, email: ceo@rossi-it.example }\n", "");

    assertThat(diff(withoutL3)).containsExactly("- escalation.levels.L3");
    assertThat(
            ContractDiff.between(withoutL3, "old.yaml", BIANCHI, "new.yaml").stream()
                .map(ContractChange::toString))
        .containsExactly("+ escalation.levels.L3");
  }

  @Test
  void comparesAListOfPlainValuesAsOneValue() {
    assertThat(
            diff(
                bianchiWith(
                    "excludes: [hardware replacement costs]",
                    "excludes: [hardware replacement costs, cabling]")))
        .containsExactly(
            "~ services[servers].excludes: [hardware replacement costs] -> [hardware replacement costs, cabling]");
  }

  @Test
  void ordersChangesBySectionAsTheContractDoes() {
    String newer =
        bianchiWith("hold_harmless: Each party", "hold_harmless: Either party")
            .replace("  version: 3\n", "  version: 4\n");

    List<ContractChange> changes = ContractDiff.between(BIANCHI, "old.yaml", newer, "new.yaml");

    assertThat(changes)
        .extracting(ContractChange::section)
        .containsExactly("contract", "hold_harmless");
    assertThat(changes.get(1).kind()).isEqualTo(ContractChange.Kind.CHANGED);
  }

  @Test
  void treatsADurationOrPercentageWrittenAnotherWayAsNoChange() {
    String rewritten =
        bianchiWith(
                "P1: { target: 4h, calendar: always }", "P1: { target: PT4H, calendar: always }")
            .replace("      target: 99.9%\n", "      target: 99.90%\n");

    assertThat(diff(rewritten)).isEmpty();
  }
}
