-- Quire schema version 9: which store this is, and which closed attempts
-- still have a session to close at the gateway.

-- The installation id: made once per store, sent in the metadata of every
-- checkout session, payment intent and refund, and checked on every
-- callback. Several stores, tills or Payment Links may share one gateway
-- account; their events reach this endpoint too, and quire_payment_id alone
-- could name a payment here that is not theirs. One row (only_row is 1),
-- made here, so that every database has it however it is opened; a store
-- moved with --migrate-to takes its own along (StoreCopier).
-- payments_before and refunds_before are the last ids made before this
-- version: a request for one of those is sent again (same idempotency key)
-- exactly as it was first sent, without the installation id, because the
-- gateway refuses a key reused with other parameters.
CREATE TABLE installation (
    id TEXT NOT NULL CHECK (id <> ''),
    payments_before BIGINT NOT NULL,
    refunds_before BIGINT NOT NULL,
    only_row INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (only_row = 1)
);
-- @sqlite
INSERT INTO installation (id, payments_before, refunds_before)
    VALUES (lower(hex(randomblob(16))), (SELECT COALESCE(MAX(id), 0) FROM payments),
            (SELECT COALESCE(MAX(id), 0) FROM refunds));
-- @postgresql
INSERT INTO installation (id, payments_before, refunds_before)
    VALUES (replace(CAST(gen_random_uuid() AS TEXT), '-', ''),
            (SELECT COALESCE(MAX(id), 0) FROM payments),
            (SELECT COALESCE(MAX(id), 0) FROM refunds));
-- @all

-- An attempt that ended (failed, cancelled, timed out) while its session
-- may still be open at the gateway must be followed until the gateway says
-- the session is closed: expired, or paid (then the capture is refunded).
-- That need is the ended status itself with a session id beside it, so it
-- is committed with the state change and cannot be lost by a crash; this
-- column records when the gateway confirmed the session closed.
ALTER TABLE payments ADD COLUMN session_closed_at BIGINT;
CREATE INDEX payments_session_follow_up_idx ON payments (id)
    WHERE session_closed_at IS NULL AND gateway_session_id IS NOT NULL
      AND status IN ('failed', 'cancelled', 'timeout');

-- Ended before this version: the gateway expires a session by itself at its
-- own expires_at (the attempt's deadline plus 30 minutes), so only attempts
-- whose session may still be open are followed after the upgrade.
-- @sqlite
UPDATE payments SET session_closed_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000
    WHERE status IN ('failed', 'cancelled', 'timeout')
      AND (expires_at IS NULL
           OR expires_at + 1800000 < CAST(strftime('%s', 'now') AS INTEGER) * 1000);
-- @postgresql
UPDATE payments SET session_closed_at = CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT)
    WHERE status IN ('failed', 'cancelled', 'timeout')
      AND (expires_at IS NULL
           OR expires_at + 1800000 < CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT));
-- @all
