-- The periodic SLA review (issue 17). A review held and recorded: when, its outcome notes and
-- attendees (JSON text, read and written whole), the contract version its agreed changes were
-- uploaded as (and the one in force before, which the pack diffs it against), and the next review
-- date agreed, which drives the reminders instead of the contract's review.next when later.
CREATE TABLE review (
    id                 VARCHAR(40)   NOT NULL PRIMARY KEY,
    customer_id        VARCHAR(64)   NOT NULL,
    held_on            DATE          NOT NULL,
    outcome            VARCHAR(8000) NOT NULL,
    attendees          VARCHAR(20000) NOT NULL,
    previous_version   INTEGER,
    contract_version   INTEGER,
    next_review        DATE          NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    CONSTRAINT review_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX review_customer ON review (customer_id, held_on);

-- One reminder per customer, review date and lead time (in days), due at the start of that day in
-- the customer's zone. Planned by whichever node sees the date first (the key makes a second plan a
-- no-op); claimed when due with FOR UPDATE SKIP LOCKED and settled once: sent (its e-mails and
-- webhooks written to the outbox in the same transaction) or skipped (a shorter reminder of the
-- same date is due too, the date has passed or is no longer the next review's).
CREATE TABLE review_reminder (
    customer_id    VARCHAR(64)  NOT NULL,
    review_date    DATE         NOT NULL,
    lead_days      INTEGER      NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    settled_at     TIMESTAMP WITH TIME ZONE,
    settled_by_node VARCHAR(100),
    CONSTRAINT review_reminder_pk PRIMARY KEY (customer_id, review_date, lead_days),
    CONSTRAINT review_reminder_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX review_reminder_due ON review_reminder (state, due_at);
