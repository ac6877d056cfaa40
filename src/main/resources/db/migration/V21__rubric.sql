-- The derived rubric: what it needs of the other records, and its own records.

-- A retired mission stops counting as adopted on the day it was retired.
alter table shared_mission add column retired_on date;
update shared_mission set retired_on = cast(updated_at as date) where status = 'RETIRED';
alter table shared_mission_aud add column retired_on date;

-- Community Member Experience asks for circulation and community data reviews.
alter table interaction drop constraint interaction_kind_ck;
alter table interaction add constraint interaction_kind_ck check (kind in ('MEETING', 'CALL', 'EVENT', 'REVIEW',
    'COMMUNITY_DIALOGUE', 'NEEDS_ASSESSMENT', 'POLICY_REVIEW', 'PROGRAM_SESSION', 'COMMUNITY_DATA_REVIEW', 'OTHER'));

-- An administrator's tuning of an indicator's parameters. Rows are never changed: each change is a new row
-- that applies from its moment on, so scores as of an earlier date keep the parameters of that date, and the
-- rows themselves are the audit trail (who, when, old and new values).
create sequence indicator_setting_seq start with 1 increment by 50;
create table indicator_setting (
    id              bigint primary key,
    version         bigint not null,
    indicator_key   varchar(60) not null,
    parameters      varchar(2000) not null,
    effective_from  timestamp(6) with time zone not null,
    note            varchar(500),
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(60),
    updated_at      timestamp(6) with time zone not null,
    updated_by      varchar(60)
);
create index indicator_setting_key_ix on indicator_setting (indicator_key, effective_from);

-- A dated, signed statement for an indicator no record can show, with its evidence.
create sequence attestation_seq start with 1 increment by 50;
create table attestation (
    id                 bigint primary key,
    version            bigint not null,
    indicator_key      varchar(60) not null,
    statement          varchar(4000) not null,
    evidence_text      varchar(4000),
    evidence_link      varchar(500),
    file_name          varchar(255),
    file_type          varchar(100),
    file_size          bigint,
    attested_on        date not null,
    expires_on         date,
    author_id          bigint not null references user_account (id),
    withdrawn_on       date,
    withdrawn_reason   varchar(500),
    created_at         timestamp(6) with time zone not null,
    created_by         varchar(60),
    updated_at         timestamp(6) with time zone not null,
    updated_by         varchar(60),
    constraint attestation_expiry_ck check (expires_on is null or expires_on > attested_on)
);
create index attestation_indicator_ix on attestation (indicator_key, attested_on);

-- The uploaded evidence file, apart from the attestation so lists never read it.
create table attestation_file (
    attestation_id  bigint primary key references attestation (id),
    content         bytea not null
);

create table attestation_aud (
    id                 bigint not null,
    rev                bigint not null references audit_revision (id),
    revtype            smallint,
    version            bigint,
    indicator_key      varchar(60),
    statement          varchar(4000),
    evidence_text      varchar(4000),
    evidence_link      varchar(500),
    file_name          varchar(255),
    file_type          varchar(100),
    file_size          bigint,
    attested_on        date,
    expires_on         date,
    author_id          bigint,
    withdrawn_on       date,
    withdrawn_reason   varchar(500),
    created_at         timestamp(6) with time zone,
    created_by         varchar(60),
    updated_at         timestamp(6) with time zone,
    updated_by         varchar(60),
    primary key (id, rev)
);
create index attestation_aud_indicator_ix on attestation_aud (indicator_key);
