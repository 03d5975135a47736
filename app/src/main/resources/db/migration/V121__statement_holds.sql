-- A customer's months are not closed while something holds them: an import bringing in its
-- history (issue 16), which would otherwise have months closed from half its tickets and never
-- computed again. The hold remembers the earliest instant the holder stored, so that its release
-- asks for every closed month after it to be computed again, once.
CREATE TABLE statement_hold (
    customer_id  VARCHAR(64)  NOT NULL,
    held_by      VARCHAR(100) NOT NULL,
    held_since   TIMESTAMP WITH TIME ZONE NOT NULL,
    reaches_back TIMESTAMP WITH TIME ZONE,
    CONSTRAINT statement_hold_pk PRIMARY KEY (customer_id, held_by),
    CONSTRAINT statement_hold_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
);
