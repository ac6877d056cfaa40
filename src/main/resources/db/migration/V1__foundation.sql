-- Foundation: people who sign in, partners and their contacts, community issues.
-- Written once for H2 and PostgreSQL alike: standard types only, no expression indexes.
-- Ids come from one sequence per table, allocated 50 at a time (Hibernate's pooled optimizer).

create sequence user_account_seq start with 1 increment by 50;
create sequence partner_seq start with 1 increment by 50;
create sequence contact_seq start with 1 increment by 50;
create sequence community_issue_seq start with 1 increment by 50;

create table partner (
    id                     bigint primary key,
    version                bigint not null,
    name                   varchar(200) not null,
    name_key               varchar(200) not null,
    kind                   varchar(30) not null,
    government_kind        varchar(30),
    status                 varchar(20) not null,
    mission_and_goals      varchar(4000),
    communities_served     varchar(2000),
    website                varchar(500),
    relationship_owner_id  bigint,
    created_at             timestamp(6) with time zone not null,
    created_by             varchar(60),
    updated_at             timestamp(6) with time zone not null,
    updated_by             varchar(60),
    constraint partner_kind_ck check (kind in ('GOVERNMENT', 'DEI_ORGANIZATION', 'SCIENCE_LEADER', 'OTHER')),
    constraint partner_government_kind_ck check (
        (kind = 'GOVERNMENT' and government_kind in ('EXECUTIVE', 'AGENCY', 'COUNCIL', 'OTHER'))
        or (kind <> 'GOVERNMENT' and government_kind is null)),
    constraint partner_status_ck check (status in ('PROSPECTIVE', 'ACTIVE', 'PAUSED', 'FORMER'))
);
-- The directory sorts and searches by the lower-cased name; filters by kind and owner.
create index partner_name_key_ix on partner (name_key);
create index partner_kind_ix on partner (kind, government_kind, name_key);
create index partner_owner_ix on partner (relationship_owner_id);
create index partner_updated_ix on partner (updated_at);

create table user_account (
    id                    bigint primary key,
    version               bigint not null,
    username              varchar(60) not null,
    display_name          varchar(120) not null,
    email                 varchar(254),
    password_hash         varchar(200) not null,
    role                  varchar(20) not null,
    partner_id            bigint references partner (id),
    enabled               boolean not null,
    must_change_password  boolean not null,
    last_sign_in_at       timestamp(6) with time zone,
    created_at            timestamp(6) with time zone not null,
    created_by            varchar(60),
    updated_at            timestamp(6) with time zone not null,
    updated_by            varchar(60),
    constraint user_account_username_uk unique (username),
    constraint user_account_role_ck check (role in ('ADMIN', 'DIRECTOR', 'STAFF', 'PARTNER')),
    -- A partner user belongs to exactly one organization; library people to none.
    constraint user_account_partner_ck check ((role = 'PARTNER') = (partner_id is not null))
);

alter table partner add constraint partner_owner_fk
    foreign key (relationship_owner_id) references user_account (id);

create table contact (
    id          bigint primary key,
    version     bigint not null,
    partner_id  bigint not null references partner (id),
    full_name   varchar(120) not null,
    title       varchar(120),
    email       varchar(254),
    phone       varchar(40),
    notes       varchar(2000),
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(60),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(60)
);
create index contact_partner_ix on contact (partner_id);

create table community_issue (
    id           bigint primary key,
    version      bigint not null,
    name         varchar(120) not null,
    name_key     varchar(120) not null,
    description  varchar(2000),
    priority     varchar(10) not null,
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(60),
    updated_at   timestamp(6) with time zone not null,
    updated_by   varchar(60),
    constraint community_issue_name_uk unique (name_key),
    constraint community_issue_priority_ck check (priority in ('HIGH', 'MEDIUM', 'LOW'))
);
