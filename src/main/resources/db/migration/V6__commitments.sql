-- Commitments: who gives what to whom (the library or a partner, either direction), with progress
-- notes and their audit tables. The link to a shared mission gets its foreign key once missions exist.

create sequence commitment_seq start with 1 increment by 50;
create sequence commitment_note_seq start with 1 increment by 50;

create table commitment (
    id                  bigint primary key,
    version             bigint not null,
    direction           varchar(20) not null,
    partner_id          bigint not null references partner (id),
    kind                varchar(20) not null,
    description         varchar(300) not null,
    amount              numeric(14, 2) not null,
    unit                varchar(20) not null,
    start_date          date not null,
    end_date            date,
    community_issue_id  bigint references community_issue (id),
    mission_id          bigint,
    status              varchar(12) not null,
    status_changed_at   timestamp(6) with time zone not null,
    created_at          timestamp(6) with time zone not null,
    created_by          varchar(60),
    updated_at          timestamp(6) with time zone not null,
    updated_by          varchar(60),
    constraint commitment_direction_ck check (direction in ('LIBRARY_TO_PARTNER', 'PARTNER_TO_LIBRARY')),
    constraint commitment_kind_ck check (kind in ('STAFF_TIME', 'FUNDING', 'SPACE', 'PROGRAMMING', 'DATA_SHARING',
        'OTHER')),
    constraint commitment_status_ck check (status in ('PROPOSED', 'ACTIVE', 'FULFILLED', 'LAPSED', 'WITHDRAWN')),
    constraint commitment_amount_ck check (amount > 0 and amount <= 1000000000),
    constraint commitment_dates_ck check (end_date is null or end_date >= start_date)
);
-- A partner's commitments; the list filtered by status or due window; the balance reads by dates.
create index commitment_partner_ix on commitment (partner_id, start_date);
create index commitment_status_end_ix on commitment (status, end_date);
create index commitment_start_ix on commitment (start_date, id);
create index commitment_mission_ix on commitment (mission_id);

create table commitment_note (
    id             bigint primary key,
    version        bigint not null,
    commitment_id  bigint not null references commitment (id),
    text           varchar(2000) not null,
    created_at     timestamp(6) with time zone not null,
    created_by     varchar(60),
    updated_at     timestamp(6) with time zone not null,
    updated_by     varchar(60)
);
create index commitment_note_commitment_ix on commitment_note (commitment_id, created_at);

create table commitment_aud (
    id                  bigint not null,
    rev                 bigint not null references audit_revision (id),
    revtype             smallint,
    version             bigint,
    direction           varchar(20),
    partner_id          bigint,
    kind                varchar(20),
    description         varchar(300),
    amount              numeric(14, 2),
    unit                varchar(20),
    start_date          date,
    end_date            date,
    community_issue_id  bigint,
    mission_id          bigint,
    status              varchar(12),
    status_changed_at   timestamp(6) with time zone,
    created_at          timestamp(6) with time zone,
    created_by          varchar(60),
    updated_at          timestamp(6) with time zone,
    updated_by          varchar(60),
    primary key (id, rev)
);

create table commitment_note_aud (
    id             bigint not null,
    rev            bigint not null references audit_revision (id),
    revtype        smallint,
    version        bigint,
    commitment_id  bigint,
    text           varchar(2000),
    created_at     timestamp(6) with time zone,
    created_by     varchar(60),
    updated_at     timestamp(6) with time zone,
    updated_by     varchar(60),
    primary key (id, rev)
);
create index commitment_note_aud_commitment_ix on commitment_note_aud (commitment_id);
