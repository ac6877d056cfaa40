-- Commitments (V6) and shared missions (V7) were built side by side; now that both exist, a
-- commitment's mission must be a real one.
alter table commitment add constraint commitment_mission_fk foreign key (mission_id) references shared_mission (id);
