-- Quire schema version 14: discounts and the book-price law (docs/tax.md,
-- "Discounts" and "Book-price law").

-- Whether a title is price-bound (DE Buchpreisbindung, FR prix unique).
-- NULL: the default, a book is price-bound and an item never is; the
-- catalog import's price_bound column sets it.
ALTER TABLE books ADD COLUMN price_bound INTEGER
    CHECK (price_bound IS NULL OR price_bound IN (0, 1));

-- A cart line's discount: a percent in basis points or an amount in minor
-- units off the line's total, with its reason and the book-price law's
-- exception it relies on (empty: none). NULL kind: no discount.
ALTER TABLE cart_lines ADD COLUMN discount_kind TEXT
    CHECK (discount_kind IS NULL OR discount_kind IN ('percent', 'amount'));
ALTER TABLE cart_lines ADD COLUMN discount_value BIGINT
    CHECK (discount_value IS NULL OR discount_value >= 0);
ALTER TABLE cart_lines ADD COLUMN discount_reason TEXT;
ALTER TABLE cart_lines ADD COLUMN discount_exception TEXT;

-- The cart's order discount, the same way.
ALTER TABLE carts ADD COLUMN discount_kind TEXT
    CHECK (discount_kind IS NULL OR discount_kind IN ('percent', 'amount'));
ALTER TABLE carts ADD COLUMN discount_value BIGINT
    CHECK (discount_value IS NULL OR discount_value >= 0);
ALTER TABLE carts ADD COLUMN discount_reason TEXT;

-- An order line keeps its gross before discount (unit_price_minor *
-- quantity) and what was taken off it: its own discount and its share of
-- the order discount. It charged the difference, which its tax was
-- computed on.
ALTER TABLE order_lines ADD COLUMN line_discount_minor BIGINT NOT NULL DEFAULT 0
    CHECK (line_discount_minor >= 0);
ALTER TABLE order_lines ADD COLUMN order_discount_minor BIGINT NOT NULL DEFAULT 0
    CHECK (order_discount_minor >= 0);
ALTER TABLE order_lines ADD COLUMN discount_reason TEXT;
ALTER TABLE orders ADD COLUMN discount_reason TEXT;
