-- Where escalations are sent by webhook: registered by an admin, for one customer's escalations or
-- (customer_id null) for every customer's. The secret signs each delivery (HMAC-SHA256); it is
-- stored as given because signing needs it, and no answer shows it.
CREATE TABLE webhook_subscription (
    id           VARCHAR(40)   NOT NULL PRIMARY KEY,
    url          VARCHAR(2000) NOT NULL,
    secret       VARCHAR(200)  NOT NULL,
    customer_id  VARCHAR(64),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(40)   NOT NULL,
    disabled_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_subscription_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
);

-- The outbox: one row per message to deliver, written in the transaction that records its
-- escalation. id is the idempotency id receivers use to drop duplicates (X-Accordo-Delivery, the
-- e-mail's Message-ID). state: pending, delivered, dead (after the last attempt failed).
-- channel: email (recipient: the address) or webhook (recipient: the subscription id).
CREATE TABLE notification (
    id               VARCHAR(40)   NOT NULL PRIMARY KEY,
    escalation_id    VARCHAR(40)   NOT NULL,
    customer_id      VARCHAR(64)   NOT NULL,
    ticket_id        VARCHAR(40)   NOT NULL,
    channel          VARCHAR(16)   NOT NULL,
    recipient        VARCHAR(2000) NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    payload          VARCHAR(1048576) NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_escalation_fk FOREIGN KEY (escalation_id) REFERENCES escalation (id)
);
CREATE INDEX notification_due ON notification (state, next_attempt_at);
CREATE INDEX notification_customer ON notification (customer_id, created_at);
