-- Event Desk schema, version 7: what goes out. Each publication-log entry now seals the public document of the
-- version (canonical JSON) and has a gap-free number; readers are served from a public copy of each record that
-- only a publication, correction or retraction changes.

-- Entries get their place in the log: 1, 2, 3, ... in the order they were written (ids come from a sequence).
alter table publication add column seq bigint;
update publication p set seq = (select count(*) from publication q where q.id <= p.id);
alter table publication alter column seq set not null;
alter table publication add constraint uk_publication_seq unique (seq);

-- Entries sealed before this version keep the hash they were sealed with (format 1: fields joined by newlines)
-- and carry no document; every new entry hashes the RFC 8785 canonical JSON of its fields (format 2).
alter table publication add column hash_format integer default 1 not null;
alter table publication add column document ${inline_text_type};

alter table publication_head add column last_at timestamp with time zone;
update publication_head set last_at = (select max(published_at) from publication);

-- The public copy: the document readers get, and what the public lists filter and sort on. Records published
-- before this version appear here when their next version (or a correction or retraction) is sealed.
create table public_record (
    record_id          bigint        not null primary key,
    version_no         integer       not null,
    status             varchar(20)   not null,
    title              varchar(300)  not null,
    summary            varchar(10000),
    type_code          varchar(100),
    event_start        timestamp with time zone,
    event_end          timestamp with time zone,
    verification       varchar(30)   not null,
    first_published_at timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    entry_seq          bigint        not null,
    entry_hash         varchar(64)   not null,
    document           ${inline_text_type} not null,
    constraint fk_public_record_record foreign key (record_id) references event_record (id)
);
-- The public list reads newest event first, or latest change first (partners syncing); the ORDER BY of its queries
-- repeats these columns and directions so that H2 walks the index instead of sorting.
create index ix_public_record_start on public_record (event_start desc, record_id desc);
create index ix_public_record_updated on public_record (updated_at desc, record_id desc);
create index ix_public_record_type on public_record (type_code, event_start desc, record_id desc);

create table public_record_place (
    record_id bigint       not null,
    position  integer      not null,
    name      varchar(200) not null,
    name_key  varchar(400) not null,
    country   varchar(2),
    lat       double precision,
    lon       double precision,
    constraint pk_public_record_place primary key (record_id, position),
    constraint fk_public_place_record foreign key (record_id) references public_record (record_id)
);
create index ix_public_place_country on public_record_place (country, record_id);
create index ix_public_place_name on public_record_place (name_key, record_id);
create index ix_public_place_lat on public_record_place (lat, lon);

create table public_record_category (
    record_id bigint      not null,
    category  varchar(60) not null,
    constraint pk_public_record_category primary key (record_id, category),
    constraint fk_public_category_record foreign key (record_id) references public_record (record_id)
);
create index ix_public_category on public_record_category (category, record_id);
