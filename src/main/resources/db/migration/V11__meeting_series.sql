-- Recurring check-ins: a meeting series is an RFC 5545 recurrence (the RRULE text, UNTIL in UTC) from a
-- local start date and time in a named time zone, so every occurrence keeps its wall-clock time across
-- daylight-saving changes. Occurrences are computed; a row in occurrence exists only for one that was
-- moved, cancelled or marked (held / missed), keyed by its original local start (the RECURRENCE-ID).

create sequence meeting_series_seq start with 1 increment by 50;
create sequence occurrence_seq start with 1 increment by 50;

create table meeting_series (
    id                  bigint primary key,
    version             bigint not null,
    uid                 varchar(255) not null,
    title               varchar(200) not null,
    notes               varchar(2000),
    location            varchar(300),
    video_link          varchar(500),
    organizer_id        bigint not null references user_account (id),
    time_zone           varchar(60) not null,
    start_local         timestamp(6) not null,
    duration_minutes    integer not null,
    rule                varchar(500) not null,
    sequence_no         integer not null,
    first_start_at      timestamp(6) with time zone not null,
    -- The end of the last occurrence, for a rule with COUNT or UNTIL; null for a series that never ends.
    ends_at             timestamp(6) with time zone,
    reminder_hours      integer,
    previous_series_id  bigint references meeting_series (id),
    created_at          timestamp(6) with time zone not null,
    created_by          varchar(60),
    updated_at          timestamp(6) with time zone not null,
    updated_by          varchar(60),
    constraint meeting_series_uid_uk unique (uid),
    constraint meeting_series_duration_ck check (duration_minutes between 5 and 720),
    constraint meeting_series_reminder_ck check (reminder_hours is null or reminder_hours between 1 and 336)
);
-- The calendar and the feeds read the series overlapping a period.
create index meeting_series_period_ix on meeting_series (first_start_at, ends_at);
create index meeting_series_organizer_ix on meeting_series (organizer_id);

create table meeting_series_partner (
    series_id   bigint not null references meeting_series (id),
    partner_id  bigint not null references partner (id),
    primary key (series_id, partner_id)
);
create index meeting_series_partner_partner_ix on meeting_series_partner (partner_id);

create table meeting_series_staff (
    series_id  bigint not null references meeting_series (id),
    user_id    bigint not null references user_account (id),
    primary key (series_id, user_id)
);
create index meeting_series_staff_user_ix on meeting_series_staff (user_id);

create table meeting_series_contact (
    series_id   bigint not null references meeting_series (id),
    contact_id  bigint not null references contact (id),
    primary key (series_id, contact_id)
);

create table occurrence (
    id              bigint primary key,
    version         bigint not null,
    series_id       bigint not null references meeting_series (id),
    original_start  timestamp(6) not null,
    moved_start     timestamp(6),
    starts_at       timestamp(6) with time zone not null,
    status          varchar(12),
    note            varchar(1000),
    interaction_id  bigint references interaction (id),
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(60),
    updated_at      timestamp(6) with time zone not null,
    updated_by      varchar(60),
    constraint occurrence_original_uk unique (series_id, original_start),
    constraint occurrence_status_ck check (status is null or status in ('HELD', 'CANCELLED', 'MISSED'))
);
create index occurrence_starts_ix on occurrence (starts_at);

create table occurrence_staff (
    occurrence_id  bigint not null references occurrence (id),
    user_id        bigint not null references user_account (id),
    primary key (occurrence_id, user_id)
);

create table occurrence_contact (
    occurrence_id  bigint not null references occurrence (id),
    contact_id     bigint not null references contact (id),
    primary key (occurrence_id, contact_id)
);

create table meeting_series_aud (
    id                  bigint not null,
    rev                 bigint not null references audit_revision (id),
    revtype             smallint,
    version             bigint,
    uid                 varchar(255),
    title               varchar(200),
    notes               varchar(2000),
    location            varchar(300),
    video_link          varchar(500),
    organizer_id        bigint,
    time_zone           varchar(60),
    start_local         timestamp(6),
    duration_minutes    integer,
    rule                varchar(500),
    sequence_no         integer,
    first_start_at      timestamp(6) with time zone,
    ends_at             timestamp(6) with time zone,
    reminder_hours      integer,
    previous_series_id  bigint,
    created_at          timestamp(6) with time zone,
    created_by          varchar(60),
    updated_at          timestamp(6) with time zone,
    updated_by          varchar(60),
    primary key (id, rev)
);

create table meeting_series_partner_aud (
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    series_id   bigint not null,
    partner_id  bigint not null,
    primary key (rev, series_id, partner_id)
);

create table meeting_series_staff_aud (
    rev        bigint not null references audit_revision (id),
    revtype    smallint,
    series_id  bigint not null,
    user_id    bigint not null,
    primary key (rev, series_id, user_id)
);

create table meeting_series_contact_aud (
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    series_id   bigint not null,
    contact_id  bigint not null,
    primary key (rev, series_id, contact_id)
);

create table occurrence_aud (
    id              bigint not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    version         bigint,
    series_id       bigint,
    original_start  timestamp(6),
    moved_start     timestamp(6),
    starts_at       timestamp(6) with time zone,
    status          varchar(12),
    note            varchar(1000),
    interaction_id  bigint,
    created_at      timestamp(6) with time zone,
    created_by      varchar(60),
    updated_at      timestamp(6) with time zone,
    updated_by      varchar(60),
    primary key (id, rev)
);
create index occurrence_aud_series_ix on occurrence_aud (series_id);

create table occurrence_staff_aud (
    rev            bigint not null references audit_revision (id),
    revtype        smallint,
    occurrence_id  bigint not null,
    user_id        bigint not null,
    primary key (rev, occurrence_id, user_id)
);

create table occurrence_contact_aud (
    rev            bigint not null references audit_revision (id),
    revtype        smallint,
    occurrence_id  bigint not null,
    contact_id     bigint not null,
    primary key (rev, occurrence_id, contact_id)
);

-- Personal calendar feeds: one secret token per user (256 random bits), replaced by "reset link".
create table calendar_feed (
    user_id     bigint primary key references user_account (id),
    token       varchar(64) not null,
    created_at  timestamp(6) with time zone not null,
    constraint calendar_feed_token_uk unique (token)
);

-- One reminder per occurrence and recipient, ever: the unique key is the proof, the lock only saves work.
create table reminder_sent (
    series_id       bigint not null references meeting_series (id),
    original_start  timestamp(6) not null,
    recipient       varchar(254) not null,
    sent_at         timestamp(6) with time zone not null,
    primary key (series_id, original_start, recipient)
);

-- ShedLock's table (net.javacrumbs.shedlock, JDBC provider): which instance runs a scheduled job.
create table shedlock (
    name        varchar(64) primary key,
    lock_until  timestamp(3) not null,
    locked_at   timestamp(3) not null,
    locked_by   varchar(255) not null
);
