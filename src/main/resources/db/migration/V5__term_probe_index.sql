-- The notes search checks, interaction by interaction (newest first), whether its words include the
-- searched one: an index on (interaction, word) answers that with one seek, where the index on the
-- interaction alone had to read every word of it.
drop index interaction_term_interaction_ix;
create index interaction_term_probe_ix on interaction_term (interaction_id, term);
