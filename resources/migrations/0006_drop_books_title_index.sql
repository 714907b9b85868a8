-- Quire schema version 6: no title index on books.

-- Title search goes through the FTS5 index (books_search) and nothing
-- orders or filters the whole catalog by title: this index was only cost,
-- written on every imported row.
DROP INDEX IF EXISTS books_title_idx;
