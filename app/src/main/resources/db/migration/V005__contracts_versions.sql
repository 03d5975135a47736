-- Contract documents of a customer, one row per upload. Rows are never changed: a new upload is a
-- new version. The document is kept as uploaded (the body limit is 1 MiB, so it fits).
CREATE TABLE contract_version (
    customer_id     VARCHAR(64)   NOT NULL,
    version_number  INTEGER       NOT NULL,
    contract_id     VARCHAR(200)  NOT NULL,
    effective_from  DATE          NOT NULL,
    effective_to    DATE,
    document        VARCHAR(1048576) NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by     VARCHAR(40)   NOT NULL,
    CONSTRAINT contract_version_pk PRIMARY KEY (customer_id, version_number),
    CONSTRAINT contract_version_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
);
