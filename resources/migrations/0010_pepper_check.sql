-- Quire schema version 10: which PIN pepper this store's PINs are hashed with.

-- The pepper itself never enters the database (auth/Pepper.h): each terminal
-- reads it from a file of its own. Terminals sharing one PostgreSQL store
-- must all have the same file, or a PIN set at one fails at another (and
-- counts as a wrong PIN there). The check value is a keyed hash of a fixed
-- label under the pepper (auth/PepperCheck.h): it tells a terminal at start
-- whether its pepper is the store's, and says nothing about the pepper.
-- One row (only_row is 1), written by the first terminal to start with this
-- version, not here: a migration has no pepper. A store that already has
-- users records the pepper of the first terminal started after the upgrade.
CREATE TABLE pepper_check (
    check_value TEXT NOT NULL CHECK (check_value <> ''),
    recorded_at BIGINT NOT NULL,
    only_row INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (only_row = 1)
);
