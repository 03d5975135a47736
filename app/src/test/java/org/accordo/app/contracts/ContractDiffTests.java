package org.accordo.app.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accordo.app.contracts.ContractDiff.Kind;
import org.accordo.app.contracts.ContractDiff.Row;
import org.junit.jupiter.api.Test;

class ContractDiffTests {

  @Test
  void pairsAChangedLineAndKeepsTheSharedOnesSideBySide() {
    ContractDiff diff =
        ContractDiff.of(
            "id: a\ntarget: 99.9%\ncalendar: office\n",
            "id: a\ntarget: 99.5%\ncalendar: office\nnotice: P5D\n");

    assertThat(diff.rows())
        .containsExactly(
            new Row(Kind.SAME, 1, "id: a", 1, "id: a"),
            new Row(Kind.CHANGED, 2, "target: 99.9%", 2, "target: 99.5%"),
            new Row(Kind.SAME, 3, "calendar: office", 3, "calendar: office"),
            new Row(Kind.ADDED, 0, "", 4, "notice: P5D"));
    assertThat(diff.same()).isFalse();
  }

  @Test
  void showsARemovedLineOnTheLeftOnly() {
    ContractDiff diff = ContractDiff.of("a\nb\nc", "a\nc");

    assertThat(diff.rows())
        .containsExactly(
            new Row(Kind.SAME, 1, "a", 1, "a"),
            new Row(Kind.REMOVED, 2, "b", 0, ""),
            new Row(Kind.SAME, 3, "c", 2, "c"));
  }

  @Test
  void saysTwoEqualDocumentsAreTheSameAndRefusesHugeOnes() {
    assertThat(ContractDiff.of("a\r\nb", "a\nb").same()).isTrue();
    assertThatThrownBy(() -> ContractDiff.of("x\n".repeat(ContractDiff.MAX_LINES + 1), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not compared line by line");
  }
}
