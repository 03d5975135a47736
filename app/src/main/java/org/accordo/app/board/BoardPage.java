package org.accordo.app.board;

import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /board}: the SLA board (staff only: the pages' security says so), and {@code /board/live}:
 * its table, paging and month's breaches alone, which the page polls with htmx so the time left
 * stays live without a reload. Both compute every number at the moment they answer.
 */
@WebPage
class BoardPage {

  private final Board board;

  BoardPage(Board board) {
    this.board = board;
  }

  @GetMapping("/board")
  String board(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "customer", required = false) String customer,
      @RequestParam(name = "priority", required = false) String priority,
      @RequestParam(name = "metric", required = false) String metric,
      @RequestParam(name = "within", required = false) String within,
      @RequestParam(name = "page", required = false) String pageNumber,
      Model model) {
    model.addAttribute(
        "board", view(page, BoardQuery.of(customer, priority, metric, within, pageNumber)));
    return "board/board";
  }

  @GetMapping("/board/live")
  String live(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "customer", required = false) String customer,
      @RequestParam(name = "priority", required = false) String priority,
      @RequestParam(name = "metric", required = false) String metric,
      @RequestParam(name = "within", required = false) String within,
      @RequestParam(name = "page", required = false) String pageNumber,
      Model model) {
    model.addAttribute(
        "board", view(page, BoardQuery.of(customer, priority, metric, within, pageNumber)));
    return "board/live";
  }

  private BoardView view(PageContext page, BoardQuery query) {
    return board.view(page.viewer().caller(), query, page.zone(), page.labels());
  }
}
