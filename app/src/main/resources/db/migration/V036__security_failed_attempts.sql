-- Failed authentications counted in the database, so that every node shares the count (issue 14):
-- one row per subject (a login's account, a client address). failures counts those since
-- window_start; a subject with as many failures as its limit is refused until the window ends.
CREATE TABLE failed_attempt (
    subject      VARCHAR(300) NOT NULL PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
