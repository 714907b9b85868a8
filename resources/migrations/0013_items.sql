-- Quire schema version 13: non-book items, open prices and quick-sale keys
-- (docs/catalog.md, "Items"). Versions 11 and 12 are other branches'; the
-- migrator applies every bundled version a store has not recorded.
--
-- A non-book item is a row of `books` like a title: the key column holds its
-- code as 13 digits (ProductCode: an ISBN, any other EAN-13, a UPC-A with a
-- leading 0, or a store-internal code 20…), so carts, orders, stock, refunds
-- and the search index work for items unchanged. What tells them apart:

-- A book (978/979 ISBN, reduced rate by default) or another item.
ALTER TABLE books ADD COLUMN kind TEXT NOT NULL DEFAULT 'book'
    CHECK (kind IN ('book', 'item'));
-- An open-price item (a quick-sale key such as "Card"): the clerk enters the
-- price of each sale; price_minor is then 0 and unused.
ALTER TABLE books ADD COLUMN open_price INTEGER NOT NULL DEFAULT 0
    CHECK (open_price IN (0, 1));
-- 0: the store does not count this item (a department key): a sale never
-- takes stock and never runs out.
ALTER TABLE books ADD COLUMN stock_tracked INTEGER NOT NULL DEFAULT 1
    CHECK (stock_tracked IN (0, 1));

-- A cart line of an open-price item carries the price the clerk entered;
-- NULL: the catalog's price, as before. The same item may now be on two
-- lines at two prices, so the one-line-per-title rule holds only for lines
-- at the catalog's price (the partial unique index below).
-- @sqlite
CREATE TABLE cart_lines_v13 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    cart_id BIGINT NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    isbn13 CHAR(13) NOT NULL REFERENCES books (isbn13),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    added_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    unit_price_minor BIGINT CHECK (unit_price_minor IS NULL OR unit_price_minor >= 0)
);
INSERT INTO cart_lines_v13 (id, cart_id, isbn13, quantity, added_at, updated_at)
    SELECT id, cart_id, isbn13, quantity, added_at, updated_at FROM cart_lines;
DROP TABLE cart_lines;
ALTER TABLE cart_lines_v13 RENAME TO cart_lines;
CREATE INDEX cart_lines_isbn13_idx ON cart_lines (isbn13);
-- @postgresql
ALTER TABLE cart_lines ADD COLUMN unit_price_minor BIGINT
    CHECK (unit_price_minor IS NULL OR unit_price_minor >= 0);
ALTER TABLE cart_lines DROP CONSTRAINT cart_lines_cart_id_isbn13_key;
-- @all
CREATE UNIQUE INDEX cart_lines_catalog_price_idx ON cart_lines (cart_id, isbn13)
    WHERE unit_price_minor IS NULL;
CREATE UNIQUE INDEX cart_lines_open_price_idx ON cart_lines (cart_id, isbn13, unit_price_minor)
    WHERE unit_price_minor IS NOT NULL;
