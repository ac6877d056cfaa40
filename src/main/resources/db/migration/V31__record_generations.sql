-- Per feature, how many committed transactions changed its records: figures computed from records (the
-- rubric's) are reused until a feature they read moves on, in every instance that shares this database.
create table record_generation (
    feature     varchar(40) primary key,
    generation  bigint not null
);
-- The features holding records today; another one gets its row on its first change.
insert into record_generation (feature, generation) values
    ('commitment', 0), ('communityissue', 0), ('interaction', 0), ('mission', 0), ('partner', 0),
    ('portal', 0), ('rubric', 0), ('schedule', 0), ('security', 0), ('vetting', 0);
