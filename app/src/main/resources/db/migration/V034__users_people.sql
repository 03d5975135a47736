-- People who sign in to the pages (issue 14). The e-mail is unique whatever its case: email_key is
-- its lower-case form. A customer user belongs to exactly one customer; staff (admin, agent) to none.
-- language: en or it, or null to follow the browser's Accept-Language. password_hash: Spring
-- Security's delegating encoder ({bcrypt}...), null until the person sets a password through a link.
-- password_changed_at: when the password last changed (every session older than it is ended).
CREATE TABLE app_user (
    id                  VARCHAR(40)   NOT NULL PRIMARY KEY,
    email               VARCHAR(254)  NOT NULL,
    email_key           VARCHAR(254)  NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    role                VARCHAR(16)   NOT NULL,
    customer_id         VARCHAR(64),
    language            VARCHAR(8),
    time_zone           VARCHAR(64)   NOT NULL,
    enabled             BOOLEAN       NOT NULL,
    password_hash       VARCHAR(200),
    password_changed_at TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(40)   NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_email_unique UNIQUE (email_key),
    CONSTRAINT app_user_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT app_user_customer_role CHECK ((role = 'customer' AND customer_id IS NOT NULL)
        OR (role <> 'customer' AND customer_id IS NULL))
);
CREATE INDEX app_user_customer ON app_user (customer_id);

-- One-time links to set a password: an invitation (from an admin, the command line, the first start)
-- or a reset ("forgot password"). Only the SHA-256 of the link's random token is stored; a link
-- works once (used_at) and until expires_at (48 hours after it was made).
CREATE TABLE user_link (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_id     VARCHAR(40)  NOT NULL,
    purpose     VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT user_link_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX user_link_user ON user_link (user_id);
