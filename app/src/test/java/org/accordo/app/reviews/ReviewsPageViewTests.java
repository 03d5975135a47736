package org.accordo.app.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.accordo.app.render.Labels;
import org.accordo.core.contract.DocumentLanguage;
import org.junit.jupiter.api.Test;

class ReviewsPageViewTests {

  static final Labels EN = Labels.of(DocumentLanguage.EN);
  static final Labels IT = Labels.of(DocumentLanguage.IT);

  static final NextReview FROM_CONTRACT =
      new NextReview(
          LocalDate.parse("2026-07-01"),
          NextReview.Source.CONTRACT,
          Optional.of("account-manager"),
          Optional.of(Period.ofMonths(6)));

  @Test
  void aReviewPastItsDateIsOverdueSinceThatDay() {
    ReviewsPageView view =
        ReviewsPageView.of(
            "Bianchi Srl",
            "bianchi",
            new Reviews.Schedule(
                LocalDate.parse("2026-07-05"), Optional.of(FROM_CONTRACT), List.of()),
            EN,
            true);

    assertThat(view.overdueSince()).isEqualTo("2026-07-01");
    assertThat(view.next())
        .isEqualTo("2026-07-01 · from the contract · owner account-manager · every P6M");
    assertThat(view.held()).isEmpty();
    assertThat(view.canRecord()).isTrue();
  }

  @Test
  void thePackDefaultsToTheSixMonthsBeforeTheCurrentOne() {
    ReviewsPageView view =
        ReviewsPageView.of(
            "Bianchi Srl",
            "bianchi",
            new Reviews.Schedule(
                LocalDate.parse("2026-03-02"), Optional.of(FROM_CONTRACT), List.of()),
            EN,
            false);

    // the last closed month is February; six months end there
    assertThat(view.packFrom()).isEqualTo("2025-09");
    assertThat(view.packTo()).isEqualTo("2026-02");
    assertThat(view.overdueSince()).isNull();
    assertThat(view.canRecord()).isFalse();
  }

  @Test
  void aReviewHeldShowsItsContractChangeInTheViewersLanguage() {
    Review changed =
        new Review(
            "r1",
            "bianchi",
            LocalDate.parse("2026-03-02"),
            "P1 resolution to 3 h",
            List.of("Giulia Rossi", "Marco Bianchi"),
            1,
            2,
            LocalDate.parse("2026-09-01"),
            Instant.parse("2026-03-02T16:00:00Z"),
            "user:1");
    Review unchanged =
        new Review(
            "r2",
            "bianchi",
            LocalDate.parse("2026-01-10"),
            "kept",
            List.of("Giulia Rossi"),
            null,
            null,
            LocalDate.parse("2026-07-01"),
            Instant.parse("2026-01-10T16:00:00Z"),
            "user:1");

    assertThat(ReviewsPageView.heldLine(changed, EN))
        .isEqualTo(
            new ReviewsPageView.HeldLine(
                "2026-03-02",
                "P1 resolution to 3 h",
                "Giulia Rossi, Marco Bianchi",
                "version 1 to 2",
                "2026-09-01"));
    assertThat(ReviewsPageView.heldLine(changed, IT).contract())
        .isEqualTo("dalla versione 1 alla 2");
    assertThat(ReviewsPageView.heldLine(unchanged, IT).contract()).isEqualTo("invariato");
  }

  @Test
  void aDateAgreedAtAReviewSaysSo() {
    NextReview agreed =
        new NextReview(
            LocalDate.parse("2026-09-15"),
            NextReview.Source.REVIEW,
            Optional.empty(),
            Optional.empty());

    assertThat(ReviewsPageView.nextLine(agreed, IT))
        .isEqualTo("2026-09-15 · concordata all'ultima revisione");
  }
}
