-- Partner vetting: the criteria administrators define, and dated vettings of partners with one
-- answer per criterion. A vetting is never changed after it is recorded; a newer one supersedes it.

create sequence vetting_criterion_seq start with 1 increment by 50;
create sequence vetting_seq start with 1 increment by 50;
create sequence vetting_answer_seq start with 1 increment by 50;

create table vetting_criterion (
    id             bigint primary key,
    version        bigint not null,
    name           varchar(120) not null,
    name_key       varchar(120) not null,
    description    varchar(1000),
    display_order  integer not null,
    retired        boolean not null,
    created_at     timestamp(6) with time zone not null,
    created_by     varchar(60),
    updated_at     timestamp(6) with time zone not null,
    updated_by     varchar(60),
    constraint vetting_criterion_name_uk unique (name_key)
);
create index vetting_criterion_order_ix on vetting_criterion (retired, display_order);

create table vetting (
    id          bigint primary key,
    version     bigint not null,
    partner_id  bigint not null references partner (id),
    vetted_at   timestamp(6) with time zone not null,
    vetter_id   bigint not null references user_account (id),
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(60),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(60)
);
-- The partner page reads a partner's vettings newest first; the directory's vetting filter asks
-- "does this partner have a vetting (since a date)?" as an exists subquery answered by this index;
-- the rubric asks which partners were vetted since a date.
create index vetting_partner_ix on vetting (partner_id, vetted_at);
create index vetting_vetted_at_ix on vetting (vetted_at, partner_id);

create table vetting_answer (
    id              bigint primary key,
    version         bigint not null,
    vetting_id      bigint not null references vetting (id),
    criterion_id    bigint not null references vetting_criterion (id),
    -- The criterion's name when the vetting was recorded: a later rename does not rewrite the record.
    criterion_name  varchar(120) not null,
    display_order   integer not null,
    answer          varchar(20) not null,
    note            varchar(2000),
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(60),
    updated_at      timestamp(6) with time zone not null,
    updated_by      varchar(60),
    constraint vetting_answer_answer_ck check (answer in ('MET', 'NOT_MET', 'NOT_APPLICABLE')),
    constraint vetting_answer_note_ck check (answer <> 'NOT_MET' or note is not null),
    constraint vetting_answer_uk unique (vetting_id, criterion_id)
);
-- "Has this criterion been used?" decides between deleting and retiring it.
create index vetting_answer_criterion_ix on vetting_answer (criterion_id);

-- Audit history (Hibernate Envers)
create table vetting_criterion_aud (
    id             bigint not null,
    rev            bigint not null references audit_revision (id),
    revtype        smallint,
    version        bigint,
    name           varchar(120),
    name_key       varchar(120),
    description    varchar(1000),
    display_order  integer,
    retired        boolean,
    created_at     timestamp(6) with time zone,
    created_by     varchar(60),
    updated_at     timestamp(6) with time zone,
    updated_by     varchar(60),
    primary key (id, rev)
);

create table vetting_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    version     bigint,
    partner_id  bigint,
    vetted_at   timestamp(6) with time zone,
    vetter_id   bigint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(60),
    updated_at  timestamp(6) with time zone,
    updated_by  varchar(60),
    primary key (id, rev)
);
create index vetting_aud_partner_ix on vetting_aud (partner_id);

create table vetting_answer_aud (
    id              bigint not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    version         bigint,
    vetting_id      bigint,
    criterion_id    bigint,
    criterion_name  varchar(120),
    display_order   integer,
    answer          varchar(20),
    note            varchar(2000),
    created_at      timestamp(6) with time zone,
    created_by      varchar(60),
    updated_at      timestamp(6) with time zone,
    updated_by      varchar(60),
    primary key (id, rev)
);
create index vetting_answer_aud_vetting_ix on vetting_answer_aud (vetting_id);
