-- Interactions (meetings, calls, events, reviews…) with their partners, people, topics and
-- follow-ups; their audit tables; and each partner's derived "last contact".

create sequence interaction_seq start with 1 increment by 50;
create sequence follow_up_seq start with 1 increment by 50;

create table interaction (
    id                    bigint primary key,
    version               bigint not null,
    kind                  varchar(30) not null,
    occurred_at           timestamp(6) with time zone not null,
    time_zone             varchar(60) not null,
    initiated_by          varchar(10) not null,
    notes                 varchar(20000),
    shared_with_partners  boolean not null,
    created_at            timestamp(6) with time zone not null,
    created_by            varchar(60),
    updated_at            timestamp(6) with time zone not null,
    updated_by            varchar(60),
    constraint interaction_kind_ck check (kind in ('MEETING', 'CALL', 'EVENT', 'REVIEW', 'COMMUNITY_DIALOGUE',
        'NEEDS_ASSESSMENT', 'POLICY_REVIEW', 'PROGRAM_SESSION', 'OTHER')),
    constraint interaction_initiated_by_ck check (initiated_by in ('LIBRARY', 'PARTNER'))
);
-- The list is read newest first, alone or within one kind.
create index interaction_occurred_ix on interaction (occurred_at, id);
create index interaction_kind_ix on interaction (kind, occurred_at);

-- Each link table is keyed by interaction and indexed the other way round for "all interactions with X".
create table interaction_partner (
    interaction_id  bigint not null references interaction (id),
    partner_id      bigint not null references partner (id),
    primary key (interaction_id, partner_id)
);
create index interaction_partner_partner_ix on interaction_partner (partner_id, interaction_id);

create table interaction_contact (
    interaction_id  bigint not null references interaction (id),
    contact_id      bigint not null references contact (id),
    primary key (interaction_id, contact_id)
);
create index interaction_contact_contact_ix on interaction_contact (contact_id, interaction_id);

create table interaction_staff (
    interaction_id  bigint not null references interaction (id),
    user_id         bigint not null references user_account (id),
    primary key (interaction_id, user_id)
);
create index interaction_staff_user_ix on interaction_staff (user_id, interaction_id);

create table interaction_issue (
    interaction_id  bigint not null references interaction (id),
    issue_id        bigint not null references community_issue (id),
    primary key (interaction_id, issue_id)
);
create index interaction_issue_issue_ix on interaction_issue (issue_id, interaction_id);

create table interaction_theme (
    interaction_id  bigint not null references interaction (id),
    theme           varchar(30) not null,
    primary key (interaction_id, theme)
);
create index interaction_theme_theme_ix on interaction_theme (theme, interaction_id);

-- The notes search index: each distinct word of the notes (see SearchTerms), so a search reads
-- the index by word prefix instead of scanning every note.
create table interaction_term (
    interaction_id  bigint not null references interaction (id),
    term            varchar(40) not null,
    primary key (term, interaction_id)
);
create index interaction_term_interaction_ix on interaction_term (interaction_id);

create table follow_up (
    id              bigint primary key,
    version         bigint not null,
    interaction_id  bigint not null references interaction (id),
    description     varchar(500) not null,
    owner_id        bigint not null references user_account (id),
    due_date        date not null,
    done_at         timestamp(6) with time zone,
    done_by         varchar(60),
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(60),
    updated_at      timestamp(6) with time zone not null,
    updated_by      varchar(60)
);
create index follow_up_owner_ix on follow_up (owner_id, done_at, due_date);
create index follow_up_open_ix on follow_up (done_at, due_date);
create index follow_up_interaction_ix on follow_up (interaction_id);

-- Derived from interactions by the application, for the directory's "who have we not talked to lately?"
alter table partner add column last_contact_at timestamp(6) with time zone;
create index partner_last_contact_ix on partner (last_contact_at);

-- Audit history (Hibernate Envers)
create table interaction_aud (
    id                    bigint not null,
    rev                   bigint not null references audit_revision (id),
    revtype               smallint,
    version               bigint,
    kind                  varchar(30),
    occurred_at           timestamp(6) with time zone,
    time_zone             varchar(60),
    initiated_by          varchar(10),
    notes                 varchar(20000),
    shared_with_partners  boolean,
    created_at            timestamp(6) with time zone,
    created_by            varchar(60),
    updated_at            timestamp(6) with time zone,
    updated_by            varchar(60),
    primary key (id, rev)
);

create table interaction_partner_aud (
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    interaction_id  bigint not null,
    partner_id      bigint not null,
    primary key (rev, interaction_id, partner_id)
);
create index interaction_partner_aud_partner_ix on interaction_partner_aud (partner_id);

create table interaction_contact_aud (
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    interaction_id  bigint not null,
    contact_id      bigint not null,
    primary key (rev, interaction_id, contact_id)
);

create table interaction_staff_aud (
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    interaction_id  bigint not null,
    user_id         bigint not null,
    primary key (rev, interaction_id, user_id)
);

create table interaction_issue_aud (
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    interaction_id  bigint not null,
    issue_id        bigint not null,
    primary key (rev, interaction_id, issue_id)
);

create table interaction_theme_aud (
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    interaction_id  bigint not null,
    theme           varchar(30) not null,
    primary key (rev, interaction_id, theme)
);

create table follow_up_aud (
    id              bigint not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    version         bigint,
    interaction_id  bigint,
    description     varchar(500),
    owner_id        bigint,
    due_date        date,
    done_at         timestamp(6) with time zone,
    done_by         varchar(60),
    created_at      timestamp(6) with time zone,
    created_by      varchar(60),
    updated_at      timestamp(6) with time zone,
    updated_by      varchar(60),
    primary key (id, rev)
);
create index follow_up_aud_interaction_ix on follow_up_aud (interaction_id);
