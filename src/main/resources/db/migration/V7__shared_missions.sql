-- Shared missions: a statement the library and its partners sign, about one community issue, with
-- evaluation measures and their dated measurements; interactions can be tagged with missions.
-- Their audit tables (Hibernate Envers) follow the same pattern as V2 and V3.

create sequence shared_mission_seq start with 1 increment by 50;
create sequence evaluation_measure_seq start with 1 increment by 50;
create sequence measurement_seq start with 1 increment by 50;

create table shared_mission (
    id             bigint primary key,
    version        bigint not null,
    statement      varchar(4000) not null,
    issue_id       bigint not null references community_issue (id),
    status         varchar(20) not null,
    adoption_date  date,
    owner_id       bigint not null references user_account (id),
    created_at     timestamp(6) with time zone not null,
    created_by     varchar(60),
    updated_at     timestamp(6) with time zone not null,
    updated_by     varchar(60),
    constraint shared_mission_status_ck check (status in ('DRAFT', 'ADOPTED', 'RETIRED')),
    -- Adopted and retired missions were adopted on a date; a draft has none.
    constraint shared_mission_adoption_ck check ((status = 'DRAFT') = (adoption_date is null))
);
-- The list filters by status and issue, newest first.
create index shared_mission_status_ix on shared_mission (status, updated_at);
create index shared_mission_issue_ix on shared_mission (issue_id, status);
create index shared_mission_owner_ix on shared_mission (owner_id);

-- Signatory partners, keyed by mission and indexed the other way for "the missions of partner X".
create table shared_mission_partner (
    mission_id  bigint not null references shared_mission (id),
    partner_id  bigint not null references partner (id),
    primary key (mission_id, partner_id)
);
create index shared_mission_partner_partner_ix on shared_mission_partner (partner_id, mission_id);

create table evaluation_measure (
    id            bigint primary key,
    version       bigint not null,
    mission_id    bigint not null references shared_mission (id),
    name          varchar(200) not null,
    unit          varchar(40) not null,
    direction     varchar(10) not null,
    target_value  numeric(19, 4) not null,
    target_date   date not null,
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(60),
    updated_at    timestamp(6) with time zone not null,
    updated_by    varchar(60),
    constraint evaluation_measure_direction_ck check (direction in ('HIGHER', 'LOWER'))
);
create index evaluation_measure_mission_ix on evaluation_measure (mission_id);

create table measurement (
    id           bigint primary key,
    version      bigint not null,
    measure_id   bigint not null references evaluation_measure (id),
    measured_on  date not null,
    measured_value  numeric(19, 4) not null,
    note         varchar(500),
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(60),
    updated_at   timestamp(6) with time zone not null,
    updated_by   varchar(60)
);
create index measurement_measure_ix on measurement (measure_id, measured_on);

-- Interactions tagged with shared missions (like the other interaction link tables of V3).
create table interaction_mission (
    interaction_id  bigint not null references interaction (id),
    mission_id      bigint not null references shared_mission (id),
    primary key (interaction_id, mission_id)
);
create index interaction_mission_mission_ix on interaction_mission (mission_id, interaction_id);

-- Audit history (Hibernate Envers)
create table shared_mission_aud (
    id             bigint not null,
    rev            bigint not null references audit_revision (id),
    revtype        smallint,
    version        bigint,
    statement      varchar(4000),
    issue_id       bigint,
    status         varchar(20),
    adoption_date  date,
    owner_id       bigint,
    created_at     timestamp(6) with time zone,
    created_by     varchar(60),
    updated_at     timestamp(6) with time zone,
    updated_by     varchar(60),
    primary key (id, rev)
);

create table shared_mission_partner_aud (
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    mission_id  bigint not null,
    partner_id  bigint not null,
    primary key (rev, mission_id, partner_id)
);

create table evaluation_measure_aud (
    id            bigint not null,
    rev           bigint not null references audit_revision (id),
    revtype       smallint,
    version       bigint,
    mission_id    bigint,
    name          varchar(200),
    unit          varchar(40),
    direction     varchar(10),
    target_value  numeric(19, 4),
    target_date   date,
    created_at    timestamp(6) with time zone,
    created_by    varchar(60),
    updated_at    timestamp(6) with time zone,
    updated_by    varchar(60),
    primary key (id, rev)
);
create index evaluation_measure_aud_mission_ix on evaluation_measure_aud (mission_id);

create table measurement_aud (
    id              bigint not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    version         bigint,
    measure_id      bigint,
    measured_on     date,
    measured_value  numeric(19, 4),
    note            varchar(500),
    created_at      timestamp(6) with time zone,
    created_by      varchar(60),
    updated_at      timestamp(6) with time zone,
    updated_by      varchar(60),
    primary key (id, rev)
);
create index measurement_aud_measure_ix on measurement_aud (measure_id);

create table interaction_mission_aud (
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    interaction_id  bigint not null,
    mission_id      bigint not null,
    primary key (rev, interaction_id, mission_id)
);
