-- Quire schema version 5: refunds by line, and stock taken at payment.

-- What a refund gives back, line by line: how many copies of which order
-- line, for how much, and whether the copies go back on the shelf once the
-- gateway confirms. A refund without lines (a late capture) returns a whole
-- attempt. The amounts of a refund's lines add up to the refund's amount.
CREATE TABLE refund_lines (
    refund_id BIGINT NOT NULL REFERENCES refunds (id),
    order_id BIGINT NOT NULL,
    line_no INTEGER NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
    restock INTEGER NOT NULL DEFAULT 0 CHECK (restock IN (0, 1)),
    PRIMARY KEY (refund_id, line_no),
    FOREIGN KEY (order_id, line_no) REFERENCES order_lines (order_id, line_no)
);
CREATE INDEX refund_lines_order_idx ON refund_lines (order_id, line_no);

