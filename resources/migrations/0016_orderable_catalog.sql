-- Quire schema version 16: the orderable catalog (docs/customer-orders.md).
--
-- What the store can order from its suppliers beside what is on its shelves
-- (`books`): a wholesaler's or the national catalog's titles, imported from
-- the supplier's file (ONIX for Books fields as a CSV export gives them) and
-- updated in place by delta imports. Millions of rows: nothing here refers to
-- `books`, nothing in `books` refers here; a title enters `books` (with no
-- stock) when it is first ordered for a customer.
CREATE TABLE orderable_titles (
    isbn13 CHAR(13) PRIMARY KEY,
    title TEXT NOT NULL CHECK (title <> ''),
    contributors TEXT NOT NULL,
    publisher TEXT NOT NULL,
    price_minor BIGINT NOT NULL CHECK (price_minor >= 0),
    currency CHAR(3) NOT NULL,
    -- OrderableAvailability's words (ONIX code list 65, in groups).
    availability TEXT NOT NULL CHECK (availability IN
        ('available', 'not_yet_published', 'reprinting', 'temporarily_unavailable',
         'out_of_print')),
    tax_category TEXT NOT NULL DEFAULT 'reduced'
        CHECK (tax_category IN ('reduced', 'standard', 'zero', 'exempt')),
    -- Which supplier's file the row came from (its name in the import).
    supplier TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
