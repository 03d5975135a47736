-- No CHECK constraints on role: H2 2.4.240 fails to evaluate a CHECK that compares strings once the
-- connection that created it is closed ("Check constraint invalid"), so the app checks roles itself.
-- API tokens. Only the SHA-256 of a token's secret is stored; the secret is shown once at creation.
CREATE TABLE api_token (
    id          VARCHAR(40)   NOT NULL PRIMARY KEY,
    token_hash  VARCHAR(64)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    role        VARCHAR(16)   NOT NULL,
    customer_id VARCHAR(64),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(40)   NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT api_token_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX api_token_customer ON api_token (customer_id);
