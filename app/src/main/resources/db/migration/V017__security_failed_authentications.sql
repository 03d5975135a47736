-- Failed authentications counted per subject ('address:203.0.113.7') and fixed window, shared by
-- every node, so that the limit on guessing holds for the deployment (FailedAuthentications).
-- Windows before the previous one are deleted as new ones begin.
CREATE TABLE failed_authentication (
    subject      VARCHAR(300) NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    failures     INTEGER      NOT NULL,
    CONSTRAINT failed_authentication_pk PRIMARY KEY (subject, window_start)
);
CREATE INDEX failed_authentication_window ON failed_authentication (window_start);
