-- Event Desk schema, version 5: suggestions an editor rejected for a source stay hidden for that source.

create sequence rejected_suggestion_seq start with 1 increment by 1;

create table rejected_suggestion (
    id           bigint      not null primary key,
    source_id    bigint      not null,
    kind         varchar(10) not null,
    start_offset integer     not null,
    end_offset   integer     not null,
    rejected_by  varchar(64) not null,
    rejected_at  timestamp with time zone not null,
    constraint uk_rejected_suggestion unique (source_id, kind, start_offset, end_offset),
    constraint fk_rejected_suggestion_source foreign key (source_id) references source (id)
);
