package org.accordo.app.outages;

import java.time.Clock;
import java.time.Instant;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /outages/{customer}}: a customer's outages and maintenance windows, newest first, 50 a
 * page, for staff and the customer's own users (another customer's is the 404 page of a missing
 * one, through {@link Outages}' scoping). Read only: recording and reclassifying stay on the API.
 */
@WebPage
class OutagesPage {

  private static final int PAGE_SIZE = 50;

  private final Outages outages;
  private final Clock clock;

  OutagesPage(Outages outages, Clock clock) {
    this.outages = outages;
    this.clock = clock;
  }

  @GetMapping("/outages/{customerId}")
  String outages(
      @ModelAttribute("page") PageContext page,
      @PathVariable String customerId,
      @RequestParam(name = "page", required = false) Integer pageNumber,
      Model model) {
    PageRequest request =
        PageRequest.of(pageNumber, PAGE_SIZE, "-from", OutageRepository.SORTS.keySet(), "-from");
    Page<RecordedOutage> listed =
        outages.page(
            page.viewer().caller(),
            customerId,
            new OutageRepository.Filter(null, null, null, null, null),
            request);
    Instant now = clock.instant();
    model.addAttribute(
        "outages",
        new OutagesView(
            customerId,
            listed.items().stream()
                .map(o -> OutageLine.of(o, now, page.zone(), page.labels()))
                .toList(),
            request.page(),
            (long) (request.page() + 1) * PAGE_SIZE < listed.total()));
    return "outages/list";
  }
}
