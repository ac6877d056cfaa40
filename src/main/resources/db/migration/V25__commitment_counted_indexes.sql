-- The rubric's commitment counts by kind (staff time, funding, space…) and by shared mission read only those
-- commitments, not every commitment in force in the window.
create index commitment_counted_type_ix on commitment (kind, counted_until, counted_from);
create index commitment_counted_mission_ix on commitment (mission_id, counted_until, counted_from);
