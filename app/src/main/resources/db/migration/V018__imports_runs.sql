-- Imports of history from another PSA (issue 16), owned by the imports module.
-- import_run: one import of a customer, run in the background by a node that holds its lease
-- (lease_until, node) and renews it as it goes: a node that dies leaves the lease to end, and the
-- next node (or the same one after its restart) resumes at resume_phase / resume_line, the last
-- chunk stored (chunks are stored idempotently, so a chunk done twice stores nothing twice).
-- state: queued, running, completed, checked (a dry run), refused (nothing stored: lint errors or
-- refused lines), failed (gave up after its attempts; failure says why and what was stored).
-- result: the outcome as JSON (lint findings, clocks measured, counts, refused lines).
CREATE TABLE import_run (
    id                 VARCHAR(40)   NOT NULL PRIMARY KEY,
    customer_id        VARCHAR(64)   NOT NULL,
    source             VARCHAR(32)   NOT NULL,
    mode               VARCHAR(20)   NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    phase              VARCHAR(16)   NOT NULL,
    lines_total        BIGINT        NOT NULL,
    lines_done         BIGINT        NOT NULL,
    resume_line        BIGINT        NOT NULL,
    tickets_to_rebuild INTEGER       NOT NULL,
    tickets_rebuilt    INTEGER       NOT NULL,
    attempts           INTEGER       NOT NULL,
    lease_until        TIMESTAMP WITH TIME ZONE,
    node               VARCHAR(100),
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by       VARCHAR(40)   NOT NULL,
    finished_at        TIMESTAMP WITH TIME ZONE,
    failure            VARCHAR(2000),
    result             VARCHAR(1048576)
);
CREATE INDEX import_run_customer ON import_run (customer_id, requested_at);
CREATE INDEX import_run_state ON import_run (state);

-- The uploaded files of an import (mapping, tickets, history), as text in chunks of whole lines, so
-- that any node can run or resume it and none holds a whole file in memory.
CREATE TABLE import_file (
    import_id   VARCHAR(40)      NOT NULL,
    part        VARCHAR(16)      NOT NULL,
    file_name   VARCHAR(200)     NOT NULL,
    seq         INTEGER          NOT NULL,
    content     VARCHAR(1048576) NOT NULL,
    CONSTRAINT import_file_pk PRIMARY KEY (import_id, part, seq),
    CONSTRAINT import_file_run_fk FOREIGN KEY (import_id) REFERENCES import_run (id)
);

-- The tickets an import stored events of, whose clocks it rebuilds once all are stored.
CREATE TABLE import_ticket (
    import_id   VARCHAR(40)  NOT NULL,
    ticket_id   VARCHAR(40)  NOT NULL,
    rebuilt     BOOLEAN      NOT NULL,
    CONSTRAINT import_ticket_pk PRIMARY KEY (import_id, ticket_id),
    CONSTRAINT import_ticket_run_fk FOREIGN KEY (import_id) REFERENCES import_run (id)
);
CREATE INDEX import_ticket_todo ON import_ticket (import_id, rebuilt, ticket_id);
