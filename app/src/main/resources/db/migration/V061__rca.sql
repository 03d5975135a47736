-- Root cause analyses (issue 17). An obligation opens when a ticket of a `required_for` priority
-- is resolved, or when a clock of it breaches under `also_after_breach`; it is due `within` on the
-- named calendar from that instant. A ticket is covered by at most one RCA (rca_ticket's key);
-- several tickets may share one. The record (timeline, contributing factors, actions, notes) is
-- JSON text read and written whole with its RCA. Client text: columns twice the API's limit (V019).
CREATE TABLE rca (
    id                   VARCHAR(40)  NOT NULL PRIMARY KEY,
    customer_id          VARCHAR(64)  NOT NULL,
    state                VARCHAR(16)  NOT NULL,
    opened_by            VARCHAR(16)  NOT NULL,
    priority             VARCHAR(32)  NOT NULL,
    calendar             VARCHAR(100) NOT NULL,
    opened_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at         TIMESTAMP WITH TIME ZONE,
    answered_at          TIMESTAMP WITH TIME ZONE,
    summary              VARCHAR(4000),
    root_cause           VARCHAR(8000),
    body                 VARCHAR(1048576) NOT NULL,
    answer               VARCHAR(4000),
    CONSTRAINT rca_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX rca_customer ON rca (customer_id, state, due_at);

CREATE TABLE rca_ticket (
    ticket_id   VARCHAR(40) NOT NULL PRIMARY KEY,
    rca_id      VARCHAR(40) NOT NULL,
    customer_id VARCHAR(64) NOT NULL,
    CONSTRAINT rca_ticket_rca_fk FOREIGN KEY (rca_id) REFERENCES rca (id),
    CONSTRAINT rca_ticket_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX rca_ticket_rca ON rca_ticket (rca_id);

-- The RCA clock's escalation thresholds and its breach (at_fraction 1, kind 'breach'), each due at
-- its instant on the RCA's calendar. The scheduler claims the due ones not recorded yet with FOR
-- UPDATE SKIP LOCKED and records each once (recorded_at, recorded_by_node); a delivery deletes the
-- ones not recorded, since a delivered RCA's clock has stopped.
CREATE TABLE rca_threshold (
    rca_id           VARCHAR(40)  NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    at_fraction      DECIMAL(9,4) NOT NULL,
    level            VARCHAR(100),
    customer_id      VARCHAR(64)  NOT NULL,
    due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE,
    recorded_by_node VARCHAR(100),
    CONSTRAINT rca_threshold_pk PRIMARY KEY (rca_id, kind, at_fraction),
    CONSTRAINT rca_threshold_rca_fk FOREIGN KEY (rca_id) REFERENCES rca (id)
);
CREATE INDEX rca_threshold_due ON rca_threshold (recorded_at, due_at);
