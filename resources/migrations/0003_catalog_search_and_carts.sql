-- Quire schema version 3: catalog search and persisted carts.
-- (Version 2 belongs to another change; numbers only need to be unique.)

-- Full-text search over title, authors and ISBN.
--
-- SQLite: an FTS5 table that keeps its own copy of the three columns. It is
-- not an external-content table over `books` because `books` has no INTEGER
-- PRIMARY KEY, so its rowids may change on VACUUM and such an index would
-- silently point at the wrong rows. Instead the FTS rowid is the ISBN-13 read
-- as a number: stable, unique, and computed the same way by every trigger.
-- `remove_diacritics 2` folds accents on both sides (Müller finds Muller and
-- the other way round); prefix indexes make the first keystrokes cheap.
-- @sqlite
CREATE VIRTUAL TABLE books_search USING fts5(
    title, authors, isbn13,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO books_search (rowid, title, authors, isbn13)
    SELECT CAST(isbn13 AS INTEGER), title, authors, isbn13 FROM books;
CREATE TRIGGER books_search_after_insert AFTER INSERT ON books BEGIN
    INSERT INTO books_search (rowid, title, authors, isbn13)
        VALUES (CAST(new.isbn13 AS INTEGER), new.title, new.authors, new.isbn13);
END;
CREATE TRIGGER books_search_after_delete AFTER DELETE ON books BEGIN
    DELETE FROM books_search WHERE rowid = CAST(old.isbn13 AS INTEGER);
END;
-- A re-import that only changes prices or stock leaves the index alone.
CREATE TRIGGER books_search_after_update AFTER UPDATE OF title, authors, isbn13 ON books
    WHEN old.title IS NOT new.title OR old.authors IS NOT new.authors
        OR old.isbn13 IS NOT new.isbn13
BEGIN
    DELETE FROM books_search WHERE rowid = CAST(old.isbn13 AS INTEGER);
    INSERT INTO books_search (rowid, title, authors, isbn13)
        VALUES (CAST(new.isbn13 AS INTEGER), new.title, new.authors, new.isbn13);
END;

-- PostgreSQL: a generated tsvector column with a GIN index. The `simple`
-- configuration does not stem (titles are in many languages); `unaccent`
-- folds diacritics like remove_diacritics does. Weights rank a title match
-- above an author match above an ISBN match, as the bm25 weights do.
-- @postgresql
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION quire_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION quire_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, simple;
ALTER TABLE books ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('quire_search', title), 'A')
    || setweight(to_tsvector('quire_search', authors), 'B')
    || setweight(to_tsvector('quire_search', isbn13), 'C')) STORED;
CREATE INDEX books_search_idx ON books USING GIN (search_vector);

-- @all
-- One open cart per till (or kiosk session), found by its key. Every change
-- is committed at once, so a crash or a power cut loses no line.
CREATE TABLE carts (
    id ${IDENTITY_PRIMARY_KEY},
    session_key TEXT NOT NULL UNIQUE CHECK (session_key <> ''),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Lines keep only ISBN and quantity: title, price and stock are read from
-- the catalog when shown, and captured for good only when an order is made.
-- The id gives lines a stable order (the order they were scanned in).
CREATE TABLE cart_lines (
    id ${IDENTITY_PRIMARY_KEY},
    cart_id BIGINT NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    isbn13 CHAR(13) NOT NULL REFERENCES books (isbn13),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    added_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (cart_id, isbn13)
);
CREATE INDEX cart_lines_isbn13_idx ON cart_lines (isbn13);
