-- The SLA that measures a ticket: the contract version in force for its customer on the day it was
-- opened (in the customer's time zone), and the SLA of that contract chosen by the created event's
-- service (SLA semantics §2). A ticket of a customer without a contract in force has no row and no
-- clocks. `accordo clocks rebuild` chooses again (after a contract change).
-- next_check_at is the earliest next_check_at of the ticket's clock rows, or the instant of an event
-- dated ahead of the server's clock: the scheduler claims tickets by it, locking this row, and every
-- computation of a ticket's clocks locks this row first, so one ticket is computed by one node at a time.
CREATE TABLE ticket_sla (
    ticket_id        VARCHAR(40)  NOT NULL PRIMARY KEY,
    customer_id      VARCHAR(64)  NOT NULL,
    contract_version INTEGER      NOT NULL,
    sla_id           VARCHAR(100) NOT NULL,
    next_check_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ticket_sla_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT ticket_sla_contract_fk FOREIGN KEY (customer_id, contract_version)
        REFERENCES contract_version (customer_id, version_number)
);

-- Clock rows: a cache of ClockEngine's results for each ticket, replaced as a whole (in the
-- transaction of the event that changed them, or by the scheduler) and rebuilt from ticket_event
-- by `accordo clocks rebuild`. Seconds as ClockResult prints them (elapsed rounded up, paused down).
-- escalations and timeline are JSON text: they are only ever read with their clock.
-- next_check_at: when the row must be computed again without any event (the next escalation
-- threshold or the breach of a running clock, the end of an exclusion, an event dated ahead); null
-- when only an event can change it.
CREATE TABLE clock (
    ticket_id         VARCHAR(40)  NOT NULL,
    metric            VARCHAR(32)  NOT NULL,
    cycle             INTEGER      NOT NULL,
    customer_id       VARCHAR(64)  NOT NULL,
    priority          VARCHAR(32)  NOT NULL,
    calendar          VARCHAR(100) NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    stopped_at        TIMESTAMP WITH TIME ZONE,
    due_at            TIMESTAMP WITH TIME ZONE,
    breached_at       TIMESTAMP WITH TIME ZONE,
    target_seconds    BIGINT       NOT NULL,
    elapsed_seconds   BIGINT       NOT NULL,
    paused_seconds    BIGINT       NOT NULL,
    remaining_seconds BIGINT       NOT NULL,
    next_check_at     TIMESTAMP WITH TIME ZONE,
    computed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    escalations       VARCHAR(1048576) NOT NULL,
    timeline          VARCHAR(1048576) NOT NULL,
    CONSTRAINT clock_pk PRIMARY KEY (ticket_id, metric, cycle),
    CONSTRAINT clock_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX ticket_sla_next_check ON ticket_sla (next_check_at);
CREATE INDEX clock_due ON clock (state, due_at);

-- Each escalation threshold crossed and each breach, recorded once per ticket, metric and cycle
-- (the unique constraint makes "once" hold whoever computes it: an event or the scheduler).
-- kind: escalation or breach; at_fraction: the threshold (1 for a breach).
CREATE TABLE escalation (
    id           VARCHAR(40)  NOT NULL PRIMARY KEY,
    ticket_id    VARCHAR(40)  NOT NULL,
    customer_id  VARCHAR(64)  NOT NULL,
    metric       VARCHAR(32)  NOT NULL,
    cycle        INTEGER      NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    at_fraction  DECIMAL(9,4) NOT NULL,
    level        VARCHAR(64),
    priority     VARCHAR(32)  NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT escalation_once UNIQUE (ticket_id, metric, cycle, kind, at_fraction),
    CONSTRAINT escalation_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX escalation_customer ON escalation (customer_id, recorded_at);
