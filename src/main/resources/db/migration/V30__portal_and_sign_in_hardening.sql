-- The partner portal and access control: sign-in lockout, invitations for partner contacts, a log of
-- security events (refused access, lockouts, invitations), acknowledgements of commitments and the
-- "partner updates" staff see on their home page. Standard SQL for H2 and PostgreSQL alike.

-- Lockout: consecutive failed sign-ins and, after too many, until when the account is locked.
alter table user_account add column failed_sign_ins integer default 0 not null;
alter table user_account add column locked_until timestamp(6) with time zone;
-- A partner user who came through an invitation is this contact of their organization (no foreign key:
-- removing a contact must not be blocked by the account, which stays until someone deactivates it).
alter table user_account add column contact_id bigint;
alter table user_account add column deactivated_at timestamp(6) with time zone;

create sequence invitation_seq start with 1 increment by 50;

-- A single-use link for a partner contact to set a password. Only the token's SHA-256 is kept.
create table invitation (
    id                bigint primary key,
    version           bigint not null,
    token_hash        varchar(64) not null,
    partner_id        bigint not null references partner (id),
    partner_name      varchar(200) not null,
    contact_id        bigint,
    display_name      varchar(120) not null,
    email             varchar(254),
    expires_at        timestamp(6) with time zone not null,
    accepted_at       timestamp(6) with time zone,
    accepted_user_id  bigint references user_account (id),
    revoked_at        timestamp(6) with time zone,
    created_at        timestamp(6) with time zone not null,
    created_by        varchar(60),
    updated_at        timestamp(6) with time zone not null,
    updated_by        varchar(60),
    constraint invitation_token_uk unique (token_hash)
);
create index invitation_partner_ix on invitation (partner_id, created_at);

create sequence security_event_seq start with 1 increment by 50;

-- Append-only: who was refused what, lockouts, throttled addresses, invitations, deactivations.
create table security_event (
    id        bigint primary key,
    at        timestamp(6) with time zone not null,
    kind      varchar(30) not null,
    username  varchar(60),
    address   varchar(64),
    target    varchar(200),
    detail    varchar(500)
);
create index security_event_at_ix on security_event (at);

-- A partner acknowledges a commitment the library made to it; audited with the rest of the commitment.
alter table commitment add column acknowledged_at timestamp(6) with time zone;
alter table commitment add column acknowledged_by varchar(120);
alter table commitment_aud add column acknowledged_at timestamp(6) with time zone;
alter table commitment_aud add column acknowledged_by varchar(120);

create sequence commitment_partner_update_seq start with 1 increment by 50;

-- What partner users changed (acknowledged, moved, noted), for the staff's home page.
create table commitment_partner_update (
    id             bigint primary key,
    commitment_id  bigint not null references commitment (id),
    partner_id     bigint not null references partner (id),
    username       varchar(60) not null,
    display_name   varchar(120) not null,
    action         varchar(300) not null,
    at             timestamp(6) with time zone not null
);
create index commitment_partner_update_at_ix on commitment_partner_update (at);
