-- Operations: which node did the work, and clock rebuilds scheduled by a contract upload.

-- The node (accordo.node-id) whose transaction recorded the escalation or breach. Null for rows
-- recorded before this migration.
ALTER TABLE escalation ADD COLUMN recorded_by_node VARCHAR(100);

-- The node that made the last delivery attempt (the one that delivered, or the last that failed).
-- Null while no attempt was made, and for rows attempted before this migration.
ALTER TABLE notification ADD COLUMN delivered_by_node VARCHAR(100);

-- The oldest pending delivery, for the outbox's backlog metric.
CREATE INDEX notification_pending_age ON notification (state, created_at);

-- A rebuild of clocks scheduled by the upload of a contract version, in the upload's transaction:
-- the customer's tickets opened on a day the new version covers (in the customer's time zone), whose
-- SLA choice it may change. tickets: how many were scheduled; completed_at: set by a worker once none
-- is left (null while some are).
CREATE TABLE clock_rebuild (
    customer_id       VARCHAR(64)  NOT NULL,
    contract_version  INTEGER      NOT NULL,
    tickets           INTEGER      NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by      VARCHAR(40)  NOT NULL,
    completed_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT clock_rebuild_pk PRIMARY KEY (customer_id, contract_version),
    CONSTRAINT clock_rebuild_version_fk FOREIGN KEY (customer_id, contract_version)
        REFERENCES contract_version (customer_id, version_number)
);

-- The tickets of a rebuild still to do, one row each. A worker claims one row (FOR UPDATE SKIP
-- LOCKED, so nodes share the work), rebuilds the ticket and deletes the row in one transaction: a
-- crash leaves the row, and the work resumes after a restart. A failed rebuild keeps its row with
-- the error and is tried again at retry_at (null: as soon as possible).
CREATE TABLE clock_rebuild_ticket (
    customer_id       VARCHAR(64)  NOT NULL,
    contract_version  INTEGER      NOT NULL,
    ticket_id         VARCHAR(40)  NOT NULL,
    attempts          INTEGER      NOT NULL,
    retry_at          TIMESTAMP WITH TIME ZONE,
    last_error        VARCHAR(2000),
    CONSTRAINT clock_rebuild_ticket_pk PRIMARY KEY (customer_id, contract_version, ticket_id),
    CONSTRAINT clock_rebuild_ticket_rebuild_fk FOREIGN KEY (customer_id, contract_version)
        REFERENCES clock_rebuild (customer_id, contract_version),
    CONSTRAINT clock_rebuild_ticket_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
