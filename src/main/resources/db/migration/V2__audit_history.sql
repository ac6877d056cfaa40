-- Audit history kept by Hibernate Envers: one revision per committed change set (when, who),
-- and for each audited table a copy of every row state with the revision and the kind of change
-- (revtype 0 = created, 1 = changed, 2 = deleted).

create sequence audit_revision_seq start with 1 increment by 50;

create table audit_revision (
    id         bigint primary key,
    timestamp  bigint not null,
    username   varchar(60)
);

create table partner_aud (
    id                     bigint not null,
    rev                    bigint not null references audit_revision (id),
    revtype                smallint,
    version                bigint,
    name                   varchar(200),
    name_key               varchar(200),
    kind                   varchar(30),
    government_kind        varchar(30),
    status                 varchar(20),
    mission_and_goals      varchar(4000),
    communities_served     varchar(2000),
    website                varchar(500),
    relationship_owner_id  bigint,
    created_at             timestamp(6) with time zone,
    created_by             varchar(60),
    updated_at             timestamp(6) with time zone,
    updated_by             varchar(60),
    primary key (id, rev)
);

create table contact_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    version     bigint,
    partner_id  bigint,
    full_name   varchar(120),
    title       varchar(120),
    email       varchar(254),
    phone       varchar(40),
    notes       varchar(2000),
    created_at  timestamp(6) with time zone,
    created_by  varchar(60),
    updated_at  timestamp(6) with time zone,
    updated_by  varchar(60),
    primary key (id, rev)
);
-- A partner's page shows its contacts' history too.
create index contact_aud_partner_ix on contact_aud (partner_id);
