-- CSV import (issue 8): a partner may carry the id it has in the library's own spreadsheet or system, so a
-- re-import finds it again; and each user's column mapping per kind of import is remembered.
alter table partner add column external_id varchar(100);
alter table partner_aud add column external_id varchar(100);
-- Unique where present; both H2 and PostgreSQL allow any number of nulls in a unique index.
create unique index partner_external_id_ux on partner (external_id);

create sequence import_mapping_seq start with 1 increment by 50;

create table import_mapping (
    id            bigint primary key,
    username      varchar(60) not null,
    kind          varchar(20) not null,
    columns_text  varchar(4000) not null,
    date_format   varchar(20),
    updated_at    timestamp(6) with time zone not null,
    constraint import_mapping_user_kind_uk unique (username, kind),
    constraint import_mapping_kind_ck check (kind in ('PARTNERS', 'CONTACTS', 'INTERACTIONS'))
);
