-- Availability monitors of a customer's contract services (issue 15). kind is http, tcp or tls.
-- http: url, method (GET, HEAD), expected_statuses ("200,204"), keyword with keyword_rule (present,
-- absent) or none; tcp and tls: host and port; tls: warn_days before the certificate's expiry.
-- interval and timeout in milliseconds; confirm_after failed checks open an outage, recover_after
-- successful ones close it. active false: paused (no checks, so no coverage).
CREATE TABLE monitor (
    id                VARCHAR(40)   NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(64)   NOT NULL,
    service           VARCHAR(100)  NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    kind              VARCHAR(8)    NOT NULL,
    url               VARCHAR(2048),
    method            VARCHAR(8),
    expected_statuses VARCHAR(200),
    keyword           VARCHAR(200),
    keyword_rule      VARCHAR(8),
    host              VARCHAR(255),
    port              INTEGER,
    warn_days         INTEGER,
    interval_millis   BIGINT        NOT NULL,
    timeout_millis    BIGINT        NOT NULL,
    confirm_after     INTEGER       NOT NULL,
    recover_after     INTEGER       NOT NULL,
    active            BOOLEAN       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT monitor_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX monitor_customer ON monitor (customer_id, service);

-- The run state of each monitor, claimed by one node at a time (FOR UPDATE SKIP LOCKED on
-- next_check_at; a paused monitor's run is not active). state: unknown, up, down. failures/successes: the current run of results;
-- failing_since and first_failure: the first failed check of the current run of failures (the
-- outage's start and evidence); recovering_since: the first success of the current run of successes
-- (the outage's end). outage_id: the outage this monitor opened and has not closed yet.
-- last_*: the last check, in the fixed vocabulary (problem) shown to customers.
CREATE TABLE monitor_run (
    monitor_id        VARCHAR(40)   NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(64)   NOT NULL,
    active            BOOLEAN       NOT NULL,
    next_check_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    state             VARCHAR(8)    NOT NULL,
    failures          INTEGER       NOT NULL,
    successes         INTEGER       NOT NULL,
    failing_since     TIMESTAMP WITH TIME ZONE,
    first_failure     VARCHAR(400),
    recovering_since  TIMESTAMP WITH TIME ZONE,
    outage_id         VARCHAR(40),
    last_check_at     TIMESTAMP WITH TIME ZONE,
    last_ok           BOOLEAN,
    last_problem      VARCHAR(40),
    last_status       INTEGER,
    last_latency_ms   BIGINT,
    last_node         VARCHAR(100),
    CONSTRAINT monitor_run_monitor_fk FOREIGN KEY (monitor_id) REFERENCES monitor (id) ON DELETE CASCADE
);
CREATE INDEX monitor_run_due ON monitor_run (active, next_check_at);

-- What the checks measured: each check covers [its start, its start + the interval); consecutive
-- checks extend one span, a gap (every node down, the monitor paused) starts a new one. Time in no
-- span of a service's monitors is neither up nor down. Kept after a monitor is deleted.
CREATE TABLE monitor_coverage (
    id                VARCHAR(40)   NOT NULL PRIMARY KEY,
    monitor_id        VARCHAR(40)   NOT NULL,
    customer_id       VARCHAR(64)   NOT NULL,
    service           VARCHAR(100)  NOT NULL,
    covered_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    covered_to        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT monitor_coverage_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX monitor_coverage_service ON monitor_coverage (customer_id, service, covered_from);
CREATE INDEX monitor_coverage_monitor ON monitor_coverage (monitor_id, covered_to);
