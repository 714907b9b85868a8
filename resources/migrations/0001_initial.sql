-- Quire schema version 1.
-- Portable SQL: runs on SQLite and PostgreSQL. Backend differences go
-- through SqlDialect (tokens like ${IDENTITY_PRIMARY_KEY}, `-- @sqlite` sections).
-- Money is BIGINT minor units beside a CHAR(3) ISO 4217 code.
-- Timestamps are BIGINT milliseconds since the Unix epoch, UTC.
-- Flags are INTEGER 0/1.

CREATE TABLE books (
    isbn13 CHAR(13) PRIMARY KEY,
    title TEXT NOT NULL CHECK (title <> ''),
    authors TEXT NOT NULL,
    price_minor BIGINT NOT NULL CHECK (price_minor >= 0),
    currency CHAR(3) NOT NULL,
    stock INTEGER NOT NULL CHECK (stock >= 0),
    cover_path TEXT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX books_title_idx ON books (title);

CREATE TABLE users (
    id ${IDENTITY_PRIMARY_KEY},
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'manager', 'customer')),
    pin_hash TEXT,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at BIGINT NOT NULL
);

CREATE TABLE orders (
    id ${IDENTITY_PRIMARY_KEY},
    status TEXT NOT NULL CHECK (status IN ('created', 'paid', 'cancelled', 'refunded')),
    total_minor BIGINT NOT NULL CHECK (total_minor >= 0),
    currency CHAR(3) NOT NULL,
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX orders_status_idx ON orders (status);
CREATE INDEX orders_created_at_idx ON orders (created_at);

-- Title and price are captured when the order is made: a later price change
-- or catalog edit never alters an order.
CREATE TABLE order_lines (
    order_id BIGINT NOT NULL REFERENCES orders (id),
    line_no INTEGER NOT NULL CHECK (line_no > 0),
    isbn13 CHAR(13) NOT NULL REFERENCES books (isbn13),
    title TEXT NOT NULL,
    unit_price_minor BIGINT NOT NULL CHECK (unit_price_minor >= 0),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_lines_isbn13_idx ON order_lines (isbn13);

-- One order may need several attempts (declined card, cancelled page);
-- each is a row. At most one attempt per order is pending at a time.
CREATE TABLE payments (
    id ${IDENTITY_PRIMARY_KEY},
    order_id BIGINT NOT NULL REFERENCES orders (id),
    attempt INTEGER NOT NULL CHECK (attempt > 0),
    status TEXT NOT NULL
        CHECK (status IN ('pending', 'paid', 'failed', 'cancelled', 'timeout', 'refunded')),
    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
    currency CHAR(3) NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    failure_reason TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (order_id, attempt)
);
CREATE INDEX payments_status_idx ON payments (status);
CREATE UNIQUE INDEX payments_one_pending_per_order_idx ON payments (order_id)
    WHERE status = 'pending';

-- The outbox: every state change appends its domain event in the same
-- transaction. Ids only grow, so a reader keeps its position as the last id.
CREATE TABLE events (
    id ${IDENTITY_PRIMARY_KEY},
    type TEXT NOT NULL,
    aggregate_type TEXT NOT NULL CHECK (aggregate_type IN ('order', 'payment')),
    aggregate_id BIGINT NOT NULL,
    payload TEXT NOT NULL,
    occurred_at BIGINT NOT NULL
);
CREATE INDEX events_aggregate_idx ON events (aggregate_type, aggregate_id);

CREATE TABLE audit_log (
    id ${IDENTITY_PRIMARY_KEY},
    at BIGINT NOT NULL,
    actor_user_id BIGINT REFERENCES users (id),
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT,
    detail TEXT
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_at_idx ON audit_log (at);
