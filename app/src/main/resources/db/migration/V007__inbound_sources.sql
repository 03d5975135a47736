-- Other PSAs that send ticket events to POST /api/v1/inbound/events, each with its HMAC secret.
-- The secret is stored as given: verifying an HMAC needs it (unlike an API token, which is only
-- compared). Only admins can set it, and no answer of the API ever shows it.
CREATE TABLE inbound_source (
    id          VARCHAR(32)   NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    secret      VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(40)   NOT NULL,
    disabled_at TIMESTAMP WITH TIME ZONE
);

-- Signatures of recent deliveries, to refuse a replayed request within the 5-minute window.
CREATE TABLE inbound_delivery (
    source_id   VARCHAR(32)  NOT NULL,
    signature   VARCHAR(64)  NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT inbound_delivery_pk PRIMARY KEY (source_id, signature)
);
CREATE INDEX inbound_delivery_received ON inbound_delivery (received_at);
