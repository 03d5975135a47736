-- A customer's monthly statements (issue 13). A month is closed once, as version 1 (final), when
-- its grace for late events has passed; a late change makes an amended version 2, 3, ...; no row is
-- ever changed. as_of: the instant the statement is computed at (the month's end plus the grace for
-- the final one, the moment of the amendment for the others); inputs_digest: the SHA-256 of what it
-- was computed from (the contract version, every ticket's events dated up to as_of, the outages);
-- json_sha256: of its JSON, kept in statement_document with the rendered documents.
CREATE TABLE statement (
    id                VARCHAR(40)   NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(64)   NOT NULL,
    period_month      VARCHAR(7)    NOT NULL,
    version           INTEGER       NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    period_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    period_to         TIMESTAMP WITH TIME ZONE NOT NULL,
    as_of             TIMESTAMP WITH TIME ZONE NOT NULL,
    contract_version  INTEGER       NOT NULL,
    contract_language VARCHAR(8)    NOT NULL,
    inputs_digest     VARCHAR(64)   NOT NULL,
    json_sha256       VARCHAR(64)   NOT NULL,
    input_tickets     INTEGER       NOT NULL,
    input_events      INTEGER       NOT NULL,
    input_outages     INTEGER       NOT NULL,
    tickets_left_out  INTEGER       NOT NULL,
    credits_total     NUMERIC(20, 4),
    currency          VARCHAR(3),
    reason            VARCHAR(4000),
    changes           VARCHAR(1048576),
    closed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by_node    VARCHAR(100)  NOT NULL,
    CONSTRAINT statement_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT statement_version_unique UNIQUE (customer_id, period_month, version)
);

-- A statement's documents as stored, each with its SHA-256: json (language '-'), and html, md, pdf
-- per language (en, it). A PDF is printed from its stored HTML, after the close or when first asked.
CREATE TABLE statement_document (
    statement_id VARCHAR(40)  NOT NULL,
    customer_id  VARCHAR(64)  NOT NULL,
    format       VARCHAR(8)   NOT NULL,
    language     VARCHAR(8)   NOT NULL,
    content      BYTEA        NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    stored_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT statement_document_pk PRIMARY KEY (statement_id, format, language),
    CONSTRAINT statement_document_statement_fk FOREIGN KEY (statement_id) REFERENCES statement (id)
);

-- Each customer-month to close, planned once its grace has passed: claimed by one node at a time
-- (FOR UPDATE SKIP LOCKED) and closed in that transaction; a failed or interrupted close stays due.
-- recheck_*: a late change touching the month (an event dated before its end, an outage) was
-- recorded; the month is computed again and amended if its statement changed.
CREATE TABLE statement_close (
    customer_id       VARCHAR(64)  NOT NULL,
    period_month      VARCHAR(7)   NOT NULL,
    period_end        TIMESTAMP WITH TIME ZONE NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    due_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts          INTEGER      NOT NULL,
    last_error        VARCHAR(2000),
    planned_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    closed_at         TIMESTAMP WITH TIME ZONE,
    recheck_due_at    TIMESTAMP WITH TIME ZONE,
    recheck_reasons   VARCHAR(4000),
    CONSTRAINT statement_close_pk PRIMARY KEY (customer_id, period_month),
    CONSTRAINT statement_close_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX statement_close_due ON statement_close (state, due_at);
CREATE INDEX statement_close_recheck ON statement_close (recheck_due_at);
CREATE INDEX statement_close_reach ON statement_close (customer_id, period_end);

-- A closed or amended statement whose PDFs are still to print and whose e-mail is still to write.
CREATE TABLE statement_rendering (
    statement_id VARCHAR(40)  NOT NULL PRIMARY KEY,
    customer_id  VARCHAR(64)  NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts     INTEGER      NOT NULL,
    last_error   VARCHAR(2000),
    CONSTRAINT statement_rendering_statement_fk FOREIGN KEY (statement_id) REFERENCES statement (id)
);
