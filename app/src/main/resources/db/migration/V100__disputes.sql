-- Breach disputes (issue 17): a customer contests a clock (ticket and metric), an outage or a
-- credit line of a statement, with a text; staff and the customer write a thread on it; an admin
-- accepts it (the correcting action: an `excluded` event, an outage reclassified; correction names
-- it) or rejects it with a reason. A decision is final. Client text: columns twice the API's limit
-- (see V019).
CREATE TABLE dispute (
    id             VARCHAR(40)   NOT NULL PRIMARY KEY,
    customer_id    VARCHAR(64)   NOT NULL,
    subject        VARCHAR(16)   NOT NULL,
    ticket_id      VARCHAR(40),
    metric         VARCHAR(32),
    outage_id      VARCHAR(40),
    credit_line_id VARCHAR(40),
    text           VARCHAR(4000) NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    opened_by      VARCHAR(64)   NOT NULL,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by     VARCHAR(64),
    decided_at     TIMESTAMP WITH TIME ZONE,
    decision_note  VARCHAR(4000),
    correction     VARCHAR(1000),
    CONSTRAINT dispute_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX dispute_customer ON dispute (customer_id, state, opened_at);
CREATE INDEX dispute_decided ON dispute (customer_id, decided_at);

-- The thread of a dispute, in order (seq from 1). An internal note is staff's only: a customer
-- never reads it.
CREATE TABLE dispute_message (
    dispute_id  VARCHAR(40)   NOT NULL,
    seq         INTEGER       NOT NULL,
    customer_id VARCHAR(64)   NOT NULL,
    author      VARCHAR(64)   NOT NULL,
    by_staff    BOOLEAN       NOT NULL,
    internal    BOOLEAN       NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT dispute_message_pk PRIMARY KEY (dispute_id, seq),
    CONSTRAINT dispute_message_dispute_fk FOREIGN KEY (dispute_id) REFERENCES dispute (id)
);
