-- Daily counts of the interactions matching each criterion the rubric reads, kept up to date in the same
-- transaction as every interaction change (see interaction.InteractionTallies). Counting on the fly read every
-- interaction of a look-back window per indicator: seconds for a dashboard at 200,000 interactions; read from
-- here, an indicator reads one row per day.
create table interaction_tally_criterion (
    criterion   varchar(64) primary key,
    definition  varchar(4000) not null,
    built_at    timestamp(6) with time zone not null
);

-- issue_id is 0 for a criterion's daily total; criteria counted per community issue have a row per issue.
create table interaction_tally (
    criterion  varchar(64) not null,
    tally_day  date not null,
    issue_id   bigint not null,
    n          integer not null,
    primary key (criterion, tally_day, issue_id)
);

-- One row whose lock serializes tally maintenance: two staff saving interactions of the same day at once
-- recount that day one after the other, never both inserting its count.
create table interaction_tally_lock (
    id  integer primary key
);
insert into interaction_tally_lock (id) values (1);
