-- Quire schema version 11: tax (docs/tax.md).

-- Each title's tax category; every book sold so far is a book: reduced.
ALTER TABLE books ADD COLUMN tax_category TEXT NOT NULL DEFAULT 'reduced'
    CHECK (tax_category IN ('reduced', 'standard', 'zero', 'exempt'));

-- The store's rates: each valid from its date (ISO, YYYY-MM-DD) until the
-- next of its category begins. Zero and exempt are always 0 % and have no
-- rows. Written from the settings' [tax] section when a terminal starts
-- (TaxSettings); until then the German rates, Quire's default.
CREATE TABLE tax_rates (
    category TEXT NOT NULL CHECK (category IN ('reduced', 'standard')),
    valid_from CHAR(10) NOT NULL CHECK (valid_from <> ''),
    rate_millipercent INTEGER NOT NULL CHECK (rate_millipercent BETWEEN 0 AND 100000),
    PRIMARY KEY (category, valid_from)
);
INSERT INTO tax_rates (category, valid_from, rate_millipercent) VALUES
    ('reduced', '2000-01-01', 7000), ('standard', '2000-01-01', 19000),
    ('reduced', '2020-07-01', 5000), ('standard', '2020-07-01', 16000),
    ('reduced', '2021-01-01', 7000), ('standard', '2021-01-01', 19000);

-- Whether shelf prices include the tax (EU) or have it added (US sales tax).
-- One row (only_row is 1).
CREATE TABLE tax_pricing (
    pricing TEXT NOT NULL CHECK (pricing IN ('inclusive', 'exclusive')),
    only_row INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (only_row = 1)
);
INSERT INTO tax_pricing (pricing) VALUES ('inclusive');

-- What each order was taxed by, kept with it so its receipt never changes
-- when the rates do. NULL: an order made before this version, without tax.
ALTER TABLE orders ADD COLUMN tax_pricing TEXT
    CHECK (tax_pricing IS NULL OR tax_pricing IN ('inclusive', 'exclusive'));
ALTER TABLE order_lines ADD COLUMN tax_category TEXT
    CHECK (tax_category IS NULL OR tax_category IN ('reduced', 'standard', 'zero', 'exempt'));
ALTER TABLE order_lines ADD COLUMN tax_rate_millipercent INTEGER
    CHECK (tax_rate_millipercent IS NULL OR tax_rate_millipercent BETWEEN 0 AND 100000);

-- The order's tax table, one row per rate, written with the order: the
-- gross amounts add up to orders.total_minor (TaxCalculator).
CREATE TABLE order_taxes (
    order_id BIGINT NOT NULL REFERENCES orders (id),
    tax_category TEXT NOT NULL
        CHECK (tax_category IN ('reduced', 'standard', 'zero', 'exempt')),
    rate_millipercent INTEGER NOT NULL CHECK (rate_millipercent BETWEEN 0 AND 100000),
    net_minor BIGINT NOT NULL,
    tax_minor BIGINT NOT NULL,
    gross_minor BIGINT NOT NULL,
    CHECK (net_minor + tax_minor = gross_minor),
    PRIMARY KEY (order_id, tax_category, rate_millipercent)
);

-- The tax each refund line gives back (its share of the refund's tax at the
-- line's rate); amount_minor stays the line's gross. NULL: an order without tax.
ALTER TABLE refund_lines ADD COLUMN tax_category TEXT
    CHECK (tax_category IS NULL OR tax_category IN ('reduced', 'standard', 'zero', 'exempt'));
ALTER TABLE refund_lines ADD COLUMN tax_rate_millipercent INTEGER
    CHECK (tax_rate_millipercent IS NULL OR tax_rate_millipercent BETWEEN 0 AND 100000);
ALTER TABLE refund_lines ADD COLUMN tax_minor BIGINT
    CHECK (tax_minor IS NULL OR tax_minor >= 0);
