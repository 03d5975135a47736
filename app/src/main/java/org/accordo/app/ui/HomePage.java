package org.accordo.app.ui;

import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /} sends each person where they work: staff to the SLA board, a customer's user to their
 * portal, nobody signed in to the sign-in page (the pages' security does that). The portal is the
 * {@code portal} module's.
 */
@WebPage
class HomePage {

  @GetMapping("/")
  String home() {
    return PageContexts.viewer()
        .map(viewer -> viewer.isStaff() ? "redirect:/board" : "redirect:/portal")
        .orElse("redirect:/login");
  }
}
