-- The reviewer's work on a record's facts (issue 11): a check per fact, and comments on a fact. A fact is named by
-- its stable reference (ReviewFacts: "summary", "time", "figure-1a2b3c4d5e6f", ...), not by a fact row's id, since a
-- save writes a record's fact rows anew. A check holds for the revision and the fact's fingerprint it was given
-- for: once the fact changes, or a new revision (a correction) starts, it no longer counts.
create sequence fact_check_seq start with 1 increment by 50;

create table fact_check (
    id          bigint      not null primary key,
    record_id   bigint      not null,
    fact_ref    varchar(20) not null,
    revision    integer     not null,
    fingerprint varchar(64) not null,
    checked_by  varchar(64) not null,
    checked_at  timestamp with time zone not null,
    constraint fk_fact_check_record foreign key (record_id) references event_record (id),
    constraint uk_fact_check unique (record_id, fact_ref)
);

create sequence fact_comment_seq start with 1 increment by 50;

-- fact_words keeps what the fact said when the comment was written, so the editor reads which fact a comment is
-- about even after changing or removing it.
create table fact_comment (
    id           bigint        not null primary key,
    record_id    bigint        not null,
    fact_ref     varchar(20)   not null,
    revision     integer       not null,
    fact_words   varchar(300)  not null,
    written_by   varchar(64)   not null,
    written_at   timestamp with time zone not null,
    comment_text varchar(4000) not null,
    constraint fk_fact_comment_record foreign key (record_id) references event_record (id)
);
create index ix_fact_comment_record on fact_comment (record_id, id);
