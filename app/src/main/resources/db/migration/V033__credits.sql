-- The credits ledger (issue 13): the credit lines each final or amended statement writes, never
-- changed. entry: original (a line of the final statement; its cap or rounding adjustment, so that
-- the month's lines add up to its total) or correction (what an amendment changes, per rule and
-- service). amount: signed, in the currency's units. evidence: JSON (the clocks, the outages).
CREATE TABLE credit_line (
    id                VARCHAR(40)   NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(64)   NOT NULL,
    period_month      VARCHAR(7)    NOT NULL,
    statement_id      VARCHAR(40)   NOT NULL,
    statement_version INTEGER       NOT NULL,
    line_no           INTEGER       NOT NULL,
    entry             VARCHAR(16)   NOT NULL,
    kind              VARCHAR(24)   NOT NULL,
    rule              VARCHAR(500)  NOT NULL,
    service           VARCHAR(100),
    percent           VARCHAR(40),
    amount            NUMERIC(20, 4) NOT NULL,
    currency          VARCHAR(3)    NOT NULL,
    evidence          VARCHAR(1048576) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT credit_line_statement_fk FOREIGN KEY (statement_id) REFERENCES statement (id),
    CONSTRAINT credit_line_unique UNIQUE (statement_id, line_no)
);
CREATE INDEX credit_line_customer ON credit_line (customer_id, period_month);

-- What became of a credit line: applied (to an invoice) or waived (with a reason). Its primary key
-- is the line's: a line is applied or waived at most once, whatever the concurrency and however many
-- nodes, because the database refuses a second row.
CREATE TABLE credit_settlement (
    credit_line_id    VARCHAR(40)   NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(64)   NOT NULL,
    outcome           VARCHAR(16)   NOT NULL,
    invoice_reference VARCHAR(200),
    reason            VARCHAR(1000),
    settled_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_by        VARCHAR(40)   NOT NULL,
    CONSTRAINT credit_settlement_line_fk FOREIGN KEY (credit_line_id) REFERENCES credit_line (id)
);
