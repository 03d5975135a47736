-- Breach justification (issue 17): an agent asks for one clock of a ticket to be excused, with a
-- reason code, evidence and the interval to take out; an admin other than the asker (four eyes)
-- approves, which appends an `excluded` event (event_id), or rejects with a note. A decision is
-- final. Evidence and notes are client text: columns twice the API's limit (see V019).
CREATE TABLE justification (
    id            VARCHAR(40)  NOT NULL PRIMARY KEY,
    customer_id   VARCHAR(64)  NOT NULL,
    ticket_id     VARCHAR(40)  NOT NULL,
    metric        VARCHAR(32)  NOT NULL,
    cycle         INTEGER      NOT NULL,
    reason        VARCHAR(32)  NOT NULL,
    evidence      VARCHAR(1200) NOT NULL,
    excluded_from TIMESTAMP WITH TIME ZONE NOT NULL,
    excluded_to   TIMESTAMP WITH TIME ZONE NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    asked_by      VARCHAR(64)  NOT NULL,
    asked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by    VARCHAR(64),
    decided_at    TIMESTAMP WITH TIME ZONE,
    decision_note VARCHAR(1200),
    event_id      VARCHAR(40),
    CONSTRAINT justification_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT justification_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX justification_customer ON justification (customer_id, state, asked_at);
CREATE INDEX justification_ticket ON justification (ticket_id);
