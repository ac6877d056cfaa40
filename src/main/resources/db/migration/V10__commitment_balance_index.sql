-- The balance sums commitments in force by partner, direction, kind and unit: an index holding every
-- column it reads lets the database answer from the index alone.
create index commitment_balance_ix on commitment (status, start_date, end_date, partner_id, direction, kind, unit,
    amount);
