-- Customers: the client companies an MSP serves. Every customer-owned row refers to one.
CREATE TABLE customer (
    id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
