-- Quire schema version 4: sign-in and roles.

-- Customers sign in at the kiosk with an e-mail address or a loyalty-card
-- number (each unique when present); staff with their user name.
ALTER TABLE users ADD COLUMN email TEXT;
ALTER TABLE users ADD COLUMN loyalty_card TEXT;
CREATE UNIQUE INDEX users_email_idx ON users (email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX users_loyalty_card_idx ON users (loyalty_card) WHERE loyalty_card IS NOT NULL;

-- Throttling: wrong PINs since the last success, and the end of a lockout.
-- Stored, so a restart does not grant fresh attempts.
ALTER TABLE users ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0
    CHECK (failed_attempts >= 0);
ALTER TABLE users ADD COLUMN locked_until BIGINT;
ALTER TABLE users ADD COLUMN last_sign_in_at BIGINT;

-- The first-start check ("is there any manager?") and the users page.
CREATE INDEX users_role_idx ON users (role);
