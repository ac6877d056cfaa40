-- Personal API tokens for the read API (/api/v1/...): a user creates and revokes their own. Only the
-- token's SHA-256 is kept, with its first characters so the user can tell tokens apart. Standard SQL for
-- H2 and PostgreSQL alike.
create sequence api_token_seq start with 1 increment by 50;

create table api_token (
    id            bigint primary key,
    version       bigint not null,
    user_id       bigint not null references user_account (id),
    name          varchar(80) not null,
    token_hash    varchar(64) not null,
    token_start   varchar(12) not null,
    last_used_at  timestamp(6) with time zone,
    revoked_at    timestamp(6) with time zone,
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(60),
    updated_at    timestamp(6) with time zone not null,
    updated_by    varchar(60),
    constraint api_token_hash_uk unique (token_hash)
);
create index api_token_user_ix on api_token (user_id, created_at);
