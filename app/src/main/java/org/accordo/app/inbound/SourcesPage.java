package org.accordo.app.inbound;

import jakarta.servlet.http.HttpServletResponse;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/sources} (admins): the inbound sources (PSAs that post signed events), registering
 * one (id, name, signing secret; checked as the API checks them; the secret is never shown again)
 * and disabling one, through {@link InboundSources}, which audits both.
 */
@WebPage
class SourcesPage {

  private final InboundSources sources;

  SourcesPage(InboundSources sources) {
    this.sources = sources;
  }

  @GetMapping("/admin/sources")
  String list(@ModelAttribute("page") PageContext page, Model model) {
    return show(page, "", "", null, model);
  }

  @PostMapping("/admin/sources")
  String register(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "id", defaultValue = "") String id,
      @RequestParam(name = "name", defaultValue = "") String name,
      @RequestParam(name = "secret", defaultValue = "") String secret,
      Model model,
      HttpServletResponse response) {
    try {
      InboundSourceController.NewSource request =
          new InboundSourceController.NewSource(id, name, secret);
      sources.register(page.viewer().caller(), request.id(), request.name(), request.secret());
      return "redirect:/admin/sources";
    } catch (InvalidField invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(
          page, id, name, page.t("page.sources.refused", invalid.field(), invalid.reason()), model);
    } catch (InboundSourceExists exists) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return show(page, id, name, page.t("page.sources.exists", id), model);
    }
  }

  @PostMapping("/admin/sources/{id}/disable")
  String disable(@ModelAttribute("page") PageContext page, @PathVariable("id") String id) {
    sources.disable(page.viewer().caller(), id);
    return "redirect:/admin/sources";
  }

  private String show(PageContext page, String id, String name, String problem, Model model) {
    model.addAttribute(
        "sources",
        new SourcesView(
            sources.list(page.viewer().caller()).stream()
                .map(
                    s ->
                        new SourcesView.Line(
                            s.id(),
                            s.name(),
                            page.instant(s.createdAt()),
                            s.disabledAt() == null ? null : page.instant(s.disabledAt())))
                .toList(),
            id,
            name,
            problem));
    return "inbound/sources";
  }
}
