-- Outages and announced maintenance of a customer's contract services (issue 13), as a month's
-- statement measures them: [started_at, ended_at), ended_at null while the outage goes on. cause is
-- one of the semantics' causes (provider, customer_caused, outside_provider_control,
-- announced_maintenance); announced_at, when recorded, is judged against the contract's maintenance
-- notice. kind says how it was recorded: outage, or maintenance announced ahead through the API.
-- import_key is the SHA-256 of an uploaded CSV record: uploading the same file again creates
-- nothing twice (NULLs, the outages recorded otherwise, never collide).
CREATE TABLE outage (
    id            VARCHAR(40)   NOT NULL PRIMARY KEY,
    customer_id   VARCHAR(64)   NOT NULL,
    service       VARCHAR(100)  NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    cause         VARCHAR(32)   NOT NULL,
    note          VARCHAR(2000) NOT NULL,
    announced_at  TIMESTAMP WITH TIME ZONE,
    kind          VARCHAR(16)   NOT NULL,
    import_key    VARCHAR(64),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(40)   NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outage_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT outage_import_unique UNIQUE (customer_id, import_key)
);
CREATE INDEX outage_customer_start ON outage (customer_id, started_at);

-- An outage's history, never changed: recorded, closed (ended_at set), reclassified (cause changed,
-- with the admin's reason and the cause before). evidence: what the recorder gave to back the change
-- (e.g. an availability monitor's failed checks).
CREATE TABLE outage_change (
    outage_id      VARCHAR(40)   NOT NULL,
    seq            INTEGER       NOT NULL,
    customer_id    VARCHAR(64)   NOT NULL,
    change_kind    VARCHAR(16)   NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by     VARCHAR(40)   NOT NULL,
    cause          VARCHAR(32)   NOT NULL,
    previous_cause VARCHAR(32),
    ended_at       TIMESTAMP WITH TIME ZONE,
    reason         VARCHAR(1000),
    evidence       VARCHAR(4000),
    CONSTRAINT outage_change_pk PRIMARY KEY (outage_id, seq),
    CONSTRAINT outage_change_outage_fk FOREIGN KEY (outage_id) REFERENCES outage (id)
);
