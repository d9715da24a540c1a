-- Event Desk schema, version 3: the curation workflow. Revisions and four eyes on the record, its history
-- (every change with its field-level diff), its discussion thread, who has it open, and the publication log
-- whose entries are chained by hash.

alter table event_record add column revision integer default 1 not null;
alter table event_record add column published_version integer default 0 not null;
alter table event_record add column submitted_by varchar(64);
alter table event_record add column approved_by varchar(64);
alter table event_record add column publish_at timestamp with time zone;
alter table event_record add column scheduled_by varchar(64);
alter table event_record add column correction_note varchar(4000);
alter table event_record add column retraction_reason varchar(4000);
alter table event_record add column last_published_at timestamp with time zone;

-- The scheduler looks for due publications often; this keeps that a small index read.
create index ix_record_publish_at on event_record (status, publish_at);

create table record_revision_editor (
    record_id bigint      not null,
    username  varchar(64) not null,
    constraint pk_record_revision_editor primary key (record_id, username),
    constraint fk_revision_editor_record foreign key (record_id) references event_record (id)
);

-- Records saved before the workflow existed: their creators and last editors authored revision 1.
insert into record_revision_editor (record_id, username) select id, created_by from event_record;
insert into record_revision_editor (record_id, username)
    select id, updated_by from event_record where updated_by <> created_by;

create sequence change_seq start with 1 increment by 50;

create table record_change (
    id             bigint       not null primary key,
    record_id      bigint       not null,
    revision       integer      not null,
    changed_at     timestamp with time zone not null,
    changed_by     varchar(64)  not null,
    action         varchar(30)  not null,
    change_comment varchar(4000),
    constraint fk_record_change_record foreign key (record_id) references event_record (id)
);
create index ix_record_change_record on record_change (record_id, id);

create table record_change_field (
    change_id    bigint        not null,
    position     integer       not null,
    field        varchar(300)  not null,
    before_value varchar(4000),
    after_value  varchar(4000),
    constraint pk_record_change_field primary key (change_id, position),
    constraint fk_change_field_change foreign key (change_id) references record_change (id)
);

create sequence comment_seq start with 1 increment by 50;

create table record_comment (
    id           bigint        not null primary key,
    record_id    bigint        not null,
    written_by   varchar(64)   not null,
    written_at   timestamp with time zone not null,
    comment_text varchar(4000) not null,
    constraint fk_record_comment_record foreign key (record_id) references event_record (id)
);
create index ix_record_comment_record on record_comment (record_id, id);

create sequence presence_seq start with 1 increment by 1;

create table record_presence (
    id        bigint      not null primary key,
    record_id bigint      not null,
    username  varchar(64) not null,
    since     timestamp with time zone not null,
    seen_at   timestamp with time zone not null,
    constraint uk_record_presence unique (record_id, username),
    constraint fk_record_presence_record foreign key (record_id) references event_record (id)
);

create sequence publication_seq start with 1 increment by 1;

-- The publication log. previous_hash is unique, so the chain can never fork: of two publications racing for the
-- same tail, only one is stored. (record_id, version_no, kind) is unique, so a version is published once.
create table publication (
    id            bigint        not null primary key,
    record_id     bigint        not null,
    version_no    integer       not null,
    kind          varchar(20)   not null,
    title         varchar(300)  not null,
    note          varchar(4000),
    snapshot      ${text_type}  not null,
    published_at  timestamp with time zone not null,
    published_by  varchar(64)   not null,
    approved_by   varchar(64),
    previous_hash varchar(64)   not null,
    hash          varchar(64)   not null,
    constraint uk_publication_previous unique (previous_hash),
    constraint uk_publication_hash unique (hash),
    constraint uk_publication_version unique (record_id, version_no, kind),
    constraint fk_publication_record foreign key (record_id) references event_record (id)
);
create index ix_publication_record on publication (record_id, id);

-- Where the log ends; publishers lock this row so that publications line up in one order.
create table publication_head (
    id        bigint      not null primary key,
    last_hash varchar(64) not null,
    entries   bigint      not null
);
insert into publication_head (id, last_hash, entries)
    values (1, '0000000000000000000000000000000000000000000000000000000000000000', 0);
