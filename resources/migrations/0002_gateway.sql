-- Quire schema version 2: what the payment gateway needs.

-- The gateway's ids for an attempt, and when the customer's time runs out.
-- The hosted page's URL is never stored: it carries the session's token.
ALTER TABLE payments ADD COLUMN gateway_session_id TEXT;
ALTER TABLE payments ADD COLUMN gateway_payment_intent TEXT;
ALTER TABLE payments ADD COLUMN expires_at BIGINT;
CREATE UNIQUE INDEX payments_gateway_session_idx ON payments (gateway_session_id)
    WHERE gateway_session_id IS NOT NULL;
CREATE INDEX payments_gateway_payment_intent_idx ON payments (gateway_payment_intent);

-- Every callback event applied or deliberately ignored, by the gateway's
-- event id: a redelivered event finds its row and changes nothing.
CREATE TABLE gateway_events (
    event_id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    payment_id BIGINT REFERENCES payments (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('processing', 'applied', 'ignored')),
    detail TEXT,
    received_at BIGINT NOT NULL
);
CREATE INDEX gateway_events_payment_idx ON gateway_events (payment_id);

-- Money going back: asked for (with its idempotency key fixed before the
-- first gateway call), then pending, succeeded or failed at the gateway.
CREATE TABLE refunds (
    id ${IDENTITY_PRIMARY_KEY},
    payment_id BIGINT NOT NULL REFERENCES payments (id),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency CHAR(3) NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('requested', 'pending', 'succeeded', 'failed')),
    reason TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    gateway_refund_id TEXT,
    failure_reason TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX refunds_payment_idx ON refunds (payment_id);
CREATE INDEX refunds_status_idx ON refunds (status);
CREATE UNIQUE INDEX refunds_gateway_refund_idx ON refunds (gateway_refund_id)
    WHERE gateway_refund_id IS NOT NULL;

-- Conditions a person must look at (gateway unresponsive, refund failed).
CREATE TABLE alerts (
    id ${IDENTITY_PRIMARY_KEY},
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    payment_id BIGINT REFERENCES payments (id),
    raised_at BIGINT NOT NULL,
    resolved_at BIGINT
);
CREATE INDEX alerts_open_idx ON alerts (resolved_at, kind);
