package org.accordo.app.imports;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.accordo.app.render.Labels;
import org.accordo.app.ui.Formats;
import org.accordo.core.imports.Presets;

/**
 * What a customer's imports page shows: the customer, its imports newest first with their state and
 * progress, and for admins the upload form (a preset or a mapping file, the ticket list, the
 * history, the mode) with the field a refused upload was refused at and why.
 *
 * @param customerId the customer's id
 * @param customerName the customer's name
 * @param imports the customer's imports, newest first
 * @param canUpload true for admins: the form is shown
 * @param form the form's choices as sent (files are never kept)
 * @param problem why the last upload was refused, or null
 */
public record ImportsView(
    String customerId,
    String customerName,
    List<Listed> imports,
    boolean canUpload,
    Form form,
    Problem problem) {

  /** The presets a person may choose instead of a mapping file. */
  public static final List<String> PRESETS = Presets.NAMES;

  /** The modes, as their form values. */
  public static final List<String> MODES = List.of("all_or_nothing", "keep_good_lines", "dry_run");

  public ImportsView {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(customerName, "customerName");
    imports = List.copyOf(imports);
    Objects.requireNonNull(form, "form");
  }

  /** Where the form posts, and the list is. */
  public String link() {
    return "/customers/" + customerId + "/imports";
  }

  /**
   * One import in the list.
   *
   * @param link its page
   * @param source the PSA
   * @param mode the mode's words
   * @param state the state's words
   * @param stateCss the state's colour
   * @param percent its progress in whole per cent
   * @param requestedAt when it was asked for, in the reader's zone
   * @param finishedAt when it ended, or blank
   */
  public record Listed(
      String link,
      String source,
      String mode,
      String state,
      String stateCss,
      int percent,
      String requestedAt,
      String finishedAt) {

    static Listed of(ImportRun run, ZoneId zone, Labels labels) {
      ImportPageView view = ImportPageView.of(run, zone, labels);
      return new Listed(
          view.link(),
          view.source(),
          view.mode(),
          view.state(),
          view.stateCss(),
          view.percent(),
          Formats.instant(run.requestedAt(), zone),
          view.finishedAt() == null ? "" : view.finishedAt());
    }
  }

  /**
   * The form's choices.
   *
   * @param preset a preset's name, or blank for the mapping file
   * @param mode one of {@link #MODES}
   */
  public record Form(String preset, String mode) {

    /** The form as first shown: no preset, all or nothing. */
    public static Form empty() {
      return new Form("", "all_or_nothing");
    }
  }

  /**
   * Why an upload was refused: the field (a form's id: {@code mapping}, {@code tickets}, {@code
   * history}, {@code mode}) and the reason, with the mapping's problems at their lines when the
   * mapping did not load.
   *
   * @param field the form field at fault
   * @param reason why, as the API words it
   * @param mappingProblems the mapping's problems ("line L, column C: ..."), empty otherwise
   */
  public record Problem(String field, String reason, List<String> mappingProblems) {

    public Problem {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(reason, "reason");
      mappingProblems = List.copyOf(mappingProblems);
    }

    /** The reason to show under {@code field}, or null when the problem is another field's. */
    public String at(String field) {
      return this.field.equals(field) ? reason : null;
    }
  }
}
