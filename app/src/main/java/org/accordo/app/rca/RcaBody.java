package org.accordo.app.rca;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The parts of an RCA record kept together as one document: the incident's timeline, the
 * contributing factors, the corrective and preventive actions, and the notes.
 */
public record RcaBody(
    List<TimelineEntry> timeline,
    List<String> contributingFactors,
    List<Action> actions,
    List<Note> notes) {

  /** An RCA with nothing written yet. */
  public static final RcaBody EMPTY = new RcaBody(List.of(), List.of(), List.of(), List.of());

  public RcaBody {
    timeline = List.copyOf(timeline);
    contributingFactors = List.copyOf(contributingFactors);
    actions = List.copyOf(actions);
    notes = List.copyOf(notes);
  }

  /** This body as a customer sees it: without the internal notes. */
  public RcaBody forCustomer() {
    return new RcaBody(
        timeline,
        contributingFactors,
        actions,
        notes.stream().filter(n -> n.visibility() == NoteVisibility.CUSTOMER).toList());
  }

  /** What happened when, in the incident. */
  public record TimelineEntry(Instant at, String what) {
    public TimelineEntry {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(what, "what");
    }
  }

  /**
   * An action taken or planned.
   *
   * @param due the date it is due, in the customer's calendar
   */
  public record Action(
      ActionKind kind, String description, String owner, LocalDate due, ActionState state) {
    public Action {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(state, "state");
    }
  }

  /** A note, shown to the customer or kept internal to the provider. */
  public record Note(NoteVisibility visibility, String text) {
    public Note {
      Objects.requireNonNull(visibility, "visibility");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Whether an action corrects the incident's cause or prevents its return. */
  public enum ActionKind {
    @JsonProperty("corrective")
    CORRECTIVE,
    @JsonProperty("preventive")
    PREVENTIVE
  }

  /** Where an action stands. */
  public enum ActionState {
    @JsonProperty("open")
    OPEN,
    @JsonProperty("in_progress")
    IN_PROGRESS,
    @JsonProperty("done")
    DONE
  }

  /** Who may read a note. */
  public enum NoteVisibility {
    @JsonProperty("customer")
    CUSTOMER,
    @JsonProperty("internal")
    INTERNAL
  }
}
