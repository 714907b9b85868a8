-- Quire schema version 15: receipt numbers and invoice buyers (docs/tax.md,
-- "Receipts"). Version 14 is another branch's (discounts); the migrator
-- applies every bundled version a store has not recorded.
--
-- Every sale receipt and every refund receipt has a number in one unbroken
-- sequence per terminal, like the Z reports of schema 12. The number is taken
-- in the transaction that makes the order paid (or the refund succeed), as
-- one more than the terminal's last, so a rolled-back sale takes none and two
-- sales at once cannot get the same one (UNIQUE; the loser's transaction runs
-- again). Printing only reads it: a reprint shows the same number.
CREATE TABLE receipt_numbers (
    id ${IDENTITY_PRIMARY_KEY},
    terminal_id TEXT NOT NULL CHECK (terminal_id <> ''),
    number BIGINT NOT NULL CHECK (number > 0),
    kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
    order_id BIGINT NOT NULL REFERENCES orders (id),
    refund_id BIGINT REFERENCES refunds (id),
    created_at BIGINT NOT NULL,
    UNIQUE (terminal_id, number),
    CHECK ((kind = 'sale' AND refund_id IS NULL) OR (kind = 'refund' AND refund_id IS NOT NULL))
);
-- One sale receipt per order, one refund receipt per refund.
CREATE UNIQUE INDEX receipt_numbers_sale_idx ON receipt_numbers (order_id) WHERE kind = 'sale';
CREATE UNIQUE INDEX receipt_numbers_refund_idx ON receipt_numbers (refund_id)
    WHERE refund_id IS NOT NULL;

-- The business customer an order's receipt is an invoice for: entered by the
-- clerk before printing, written once with its event and audit row, so every
-- reprint shows the same buyer.
CREATE TABLE invoice_buyers (
    order_id BIGINT PRIMARY KEY REFERENCES orders (id),
    name TEXT NOT NULL CHECK (name <> ''),
    address TEXT NOT NULL,
    vat_number TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL
);

-- Neither is ever changed or deleted.
-- @sqlite
CREATE TRIGGER receipt_numbers_never_change BEFORE UPDATE ON receipt_numbers
BEGIN
    SELECT RAISE(ABORT, 'a receipt number is never changed');
END;
CREATE TRIGGER receipt_numbers_never_go BEFORE DELETE ON receipt_numbers
BEGIN
    SELECT RAISE(ABORT, 'a receipt number is never deleted');
END;
CREATE TRIGGER invoice_buyers_never_change BEFORE UPDATE ON invoice_buyers
BEGIN
    SELECT RAISE(ABORT, 'an invoice buyer is never changed');
END;
-- @postgresql
CREATE OR REPLACE TRIGGER receipt_numbers_never_change BEFORE UPDATE OR DELETE ON receipt_numbers FOR EACH ROW EXECUTE FUNCTION quire_refuse_change('a receipt number is never changed');
CREATE OR REPLACE TRIGGER invoice_buyers_never_change BEFORE UPDATE ON invoice_buyers FOR EACH ROW EXECUTE FUNCTION quire_refuse_change('an invoice buyer is never changed');
-- @all
