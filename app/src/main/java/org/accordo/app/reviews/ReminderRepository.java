package org.accordo.app.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code review_reminder} table: planned once per customer, review date and lead time (its
 * key), claimed when due with {@code FOR UPDATE SKIP LOCKED}, settled once.
 */
@Repository
class ReminderRepository {

  private static final String PLAN =
      """
      INSERT INTO review_reminder (customer_id, review_date, lead_days, due_at, state)
      SELECT CAST(:customerId AS VARCHAR(64)), CAST(:reviewDate AS DATE),
             CAST(:leadDays AS INTEGER), CAST(:dueAt AS TIMESTAMP WITH TIME ZONE), 'pending'
       WHERE NOT EXISTS (SELECT 1 FROM review_reminder
                          WHERE customer_id = :customerId AND review_date = :reviewDate
                            AND lead_days = :leadDays)""";
  private static final String CLAIM_DUE =
      """
      SELECT customer_id, review_date, lead_days, due_at FROM review_reminder
       WHERE state = 'pending' AND due_at <= :now
       ORDER BY due_at FETCH FIRST :size ROWS ONLY FOR UPDATE SKIP LOCKED""";
  private static final String SETTLE =
      """
      UPDATE review_reminder SET state = :state, settled_at = :at, settled_by_node = :node
       WHERE customer_id = :customerId AND review_date = :reviewDate AND lead_days = :leadDays
         AND state = 'pending'""";

  private final JdbcClient jdbc;

  ReminderRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Plans the reminder unless planned already; true when this call planned it. */
  boolean plan(Reminder r) {
    return jdbc.sql(PLAN)
            .param("customerId", r.customerId())
            .param("reviewDate", r.reviewDate())
            .param("leadDays", r.leadDays())
            .param("dueAt", Timestamps.of(r.dueAt()))
            .update()
        == 1;
  }

  /** Claims up to {@code size} due pending reminders, skipping those another node holds. */
  List<Reminder> claimDue(Instant now, int size) {
    return jdbc.sql(CLAIM_DUE)
        .param("now", Timestamps.of(now))
        .param("size", size)
        .query(ReminderRepository::row)
        .list();
  }

  /** Settles a claimed reminder; false when it was settled already. */
  boolean settle(Reminder r, Reminder.Outcome outcome, Instant at, String node) {
    return jdbc.sql(SETTLE)
            .param("state", outcome.id())
            .param("at", Timestamps.of(at))
            .param("node", node)
            .param("customerId", r.customerId())
            .param("reviewDate", r.reviewDate())
            .param("leadDays", r.leadDays())
            .update()
        == 1;
  }

  private static Reminder row(ResultSet rs, int n) throws SQLException {
    return new Reminder(
        rs.getString("customer_id"),
        rs.getObject("review_date", LocalDate.class),
        rs.getInt("lead_days"),
        Timestamps.read(rs, "due_at"));
  }
}
