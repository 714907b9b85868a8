-- Quire schema version 12: shifts, cash and split tender, the cash drawer and
-- Z reports (docs/tenders.md). Card payments stay in `payments`; a cash tender
-- is a row of `tenders`. Every change to these rows commits with its event
-- and audit row (services/ShiftService, services/TenderService).
-- Version 11 is another branch's; the migrator applies every bundled version
-- a store has not recorded, so 11 arriving after 12 is still applied.

-- A till's session at one counter terminal: opened with a counted float,
-- closed with a count by denomination. One open shift per terminal.
CREATE TABLE shifts (
    id ${IDENTITY_PRIMARY_KEY},
    terminal_id TEXT NOT NULL CHECK (terminal_id <> ''),
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    opened_by BIGINT NOT NULL REFERENCES users (id),
    currency CHAR(3) NOT NULL,
    float_minor BIGINT NOT NULL CHECK (float_minor >= 0),
    opened_at BIGINT NOT NULL,
    closed_by BIGINT REFERENCES users (id),
    closed_at BIGINT,
    expected_minor BIGINT,
    counted_minor BIGINT,
    difference_minor BIGINT,
    -- JSON: {"<denomination in minor units>": count, ...}
    counted_denominations TEXT,
    CHECK ((status = 'open' AND closed_at IS NULL) OR (status = 'closed' AND closed_at IS NOT NULL))
);
CREATE UNIQUE INDEX shifts_one_open_per_terminal_idx ON shifts (terminal_id)
    WHERE status = 'open';

-- The order a counter terminal rang up in a shift (card sales, voids and
-- clerks of a shift's report); kiosk orders and orders made without a shift
-- have none.
ALTER TABLE orders ADD COLUMN shift_id BIGINT REFERENCES shifts (id);
CREATE INDEX orders_shift_idx ON orders (shift_id);

-- Cash put into or taken out of the drawer outside a sale, with a reason.
CREATE TABLE cash_movements (
    id ${IDENTITY_PRIMARY_KEY},
    shift_id BIGINT NOT NULL REFERENCES shifts (id),
    kind TEXT NOT NULL CHECK (kind IN ('cash_in', 'paid_out', 'bank_drop')),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency CHAR(3) NOT NULL,
    reason TEXT NOT NULL CHECK (reason <> ''),
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX cash_movements_shift_idx ON cash_movements (shift_id);

-- A cash tender: part or all of an order paid in cash. `tender_key` is the
-- id the till generated for it (a UUID), so a repeated submit is one tender.
-- amount_minor is what it pays of the order; rounding_minor what cash
-- rounding added (or, negative, took off); the drawer took
-- amount + rounding = handed - change.
CREATE TABLE tenders (
    id ${IDENTITY_PRIMARY_KEY},
    order_id BIGINT NOT NULL REFERENCES orders (id),
    shift_id BIGINT NOT NULL REFERENCES shifts (id),
    tender_key TEXT NOT NULL UNIQUE CHECK (tender_key <> ''),
    method TEXT NOT NULL CHECK (method IN ('cash')),
    status TEXT NOT NULL CHECK (status IN ('paid', 'refunded')),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    rounding_minor BIGINT NOT NULL DEFAULT 0,
    handed_minor BIGINT NOT NULL CHECK (handed_minor > 0),
    change_minor BIGINT NOT NULL CHECK (change_minor >= 0),
    currency CHAR(3) NOT NULL,
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    refunded_by BIGINT REFERENCES users (id),
    refunded_at BIGINT,
    refund_shift_id BIGINT REFERENCES shifts (id),
    CHECK (handed_minor - change_minor = amount_minor + rounding_minor)
);
CREATE INDEX tenders_order_idx ON tenders (order_id);
CREATE INDEX tenders_shift_idx ON tenders (shift_id);

-- Every time Quire opened (or asked the clerk to open) the cash drawer.
CREATE TABLE drawer_openings (
    id ${IDENTITY_PRIMARY_KEY},
    terminal_id TEXT NOT NULL,
    shift_id BIGINT REFERENCES shifts (id),
    reason TEXT NOT NULL CHECK (reason IN ('sale', 'refund', 'no_sale', 'cash_movement')),
    note TEXT,
    order_id BIGINT REFERENCES orders (id),
    opened_by BIGINT REFERENCES users (id),
    -- requested: committed, pulse not yet sent; pulsed; by_hand: no drawer
    -- configured; failed: the pulse could not be sent (opened by hand).
    outcome TEXT NOT NULL CHECK (outcome IN ('requested', 'pulsed', 'by_hand', 'failed')),
    created_at BIGINT NOT NULL
);
CREATE INDEX drawer_openings_shift_idx ON drawer_openings (shift_id);

-- Z reports: numbered per terminal without gaps (the next number is taken in
-- the transaction that closes the shift), never changed afterwards.
CREATE TABLE z_reports (
    id ${IDENTITY_PRIMARY_KEY},
    terminal_id TEXT NOT NULL,
    number INTEGER NOT NULL CHECK (number > 0),
    shift_id BIGINT NOT NULL UNIQUE REFERENCES shifts (id),
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    csv TEXT NOT NULL,
    UNIQUE (terminal_id, number)
);

-- Closed shifts and Z reports are immutable.
-- @sqlite
CREATE TRIGGER z_reports_never_change BEFORE UPDATE ON z_reports
BEGIN
    SELECT RAISE(ABORT, 'a Z report is never changed');
END;
CREATE TRIGGER z_reports_never_go BEFORE DELETE ON z_reports
BEGIN
    SELECT RAISE(ABORT, 'a Z report is never deleted');
END;
CREATE TRIGGER closed_shifts_never_change BEFORE UPDATE ON shifts WHEN OLD.status = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'a closed shift is never changed');
END;
-- @postgresql
CREATE FUNCTION quire_refuse_change() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$ LANGUAGE plpgsql;
-- (CREATE OR REPLACE: the statement splitter keeps "CREATE TRIGGER" for SQLite's BEGIN ... END.)
CREATE OR REPLACE TRIGGER z_reports_never_change BEFORE UPDATE OR DELETE ON z_reports FOR EACH ROW EXECUTE FUNCTION quire_refuse_change('a Z report is never changed');
CREATE OR REPLACE TRIGGER closed_shifts_never_change BEFORE UPDATE ON shifts FOR EACH ROW WHEN (OLD.status = 'closed') EXECUTE FUNCTION quire_refuse_change('a closed shift is never changed');
-- @all

-- Events may now be about a shift, a cash tender or a drawer opening.
-- @sqlite
CREATE TABLE events_v12 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    aggregate_type TEXT NOT NULL
        CHECK (aggregate_type IN ('order', 'payment', 'shift', 'tender', 'drawer')),
    aggregate_id BIGINT NOT NULL,
    payload TEXT NOT NULL,
    occurred_at BIGINT NOT NULL
);
INSERT INTO events_v12 (id, type, aggregate_type, aggregate_id, payload, occurred_at)
    SELECT id, type, aggregate_type, aggregate_id, payload, occurred_at FROM events;
DROP TABLE events;
ALTER TABLE events_v12 RENAME TO events;
CREATE INDEX events_aggregate_id_idx ON events (aggregate_id);
-- @postgresql
ALTER TABLE events DROP CONSTRAINT events_aggregate_type_check;
ALTER TABLE events ADD CONSTRAINT events_aggregate_type_check
    CHECK (aggregate_type IN ('order', 'payment', 'shift', 'tender', 'drawer'));
-- @all
