-- Quire schema version 7: fewer index pages written per payment.

-- Every payment callback commits its changes and their event and audit
-- rows; each index on those tables is one more page written and synced
-- per commit (docs/performance.md, "Payment callbacks", counts them).
-- These indexes were written on every callback and read by nothing:

-- Status of every payment and order. The only queries by status look for
-- open work (pending payments, created orders) at start-up and when
-- payments are reconciled: partial indexes hold only those few rows, by id.
DROP INDEX IF EXISTS payments_status_idx;
DROP INDEX IF EXISTS orders_status_idx;
CREATE INDEX payments_pending_idx ON payments (id) WHERE status = 'pending';
CREATE INDEX orders_open_idx ON orders (id) WHERE status = 'created';

-- The audit log by time: it is read by entity (audit_log_entity_idx), and
-- its ids grow with time.
DROP INDEX IF EXISTS audit_log_at_idx;

-- Gateway events by payment: the ledger is read by event id only.
DROP INDEX IF EXISTS gateway_events_payment_idx;

-- Events and audit rows by the id of what they are about, without its type
-- first. With the type first, one payment's callback added entries in two
-- places of each index (its order's and its payment's), neither at the end,
-- and those pages kept splitting. Order and payment ids grow side by side,
-- so their entries now land together near the end; the readers still give
-- the type and it is checked on the few rows the id finds.
DROP INDEX IF EXISTS events_aggregate_idx;
CREATE INDEX events_aggregate_id_idx ON events (aggregate_id);
DROP INDEX IF EXISTS audit_log_entity_idx;
CREATE INDEX audit_log_entity_id_idx ON audit_log (entity_id);
