-- Quire schema version 8: a retried refund names the refund it retries.

-- A refund the gateway failed is asked for again as a new refund (a new
-- idempotency key, the same copies and amount). The failure's alert may
-- close only once that retry, or a retry of it, has succeeded. Matching by
-- amount let any other refund of the same amount close it, and money still
-- owed to a customer dropped out of the alerts. One retry per failed refund,
-- also when two terminals try at once.
ALTER TABLE refunds ADD COLUMN retry_of BIGINT REFERENCES refunds (id);
CREATE UNIQUE INDEX refunds_retry_of_idx ON refunds (retry_of);

-- Retries made before this version are named in their RefundRequested event.
-- @sqlite
UPDATE refunds SET retry_of = (
    SELECT CAST(json_extract(e.payload, '$.retryOf') AS INTEGER) FROM events e
    WHERE e.type = 'RefundRequested'
      AND CAST(json_extract(e.payload, '$.refundId') AS INTEGER) = refunds.id
      AND json_extract(e.payload, '$.retryOf') IS NOT NULL);
-- @postgresql
UPDATE refunds SET retry_of = (
    SELECT CAST(e.payload::json ->> 'retryOf' AS BIGINT) FROM events e
    WHERE e.type = 'RefundRequested'
      AND CAST(e.payload::json ->> 'refundId' AS BIGINT) = refunds.id
      AND e.payload::json ->> 'retryOf' IS NOT NULL);
-- @all
