-- Archive imports (issue 10): an admin's upload of an ACLED or desk export, read in chunks by a batch job. The row
-- is the import's state as the admin and the API see it; its counts advance in the same transaction as the records
-- of each chunk, so after a restart the job resumes after the last row counted here and nothing is stored twice.
create sequence archive_import_seq start with 1 increment by 50;

create table archive_import (
    id             bigint       not null primary key,
    file_format    varchar(20)  not null,
    file_name      varchar(300) not null,
    stored_file    varchar(1000) not null,
    as_published   boolean      not null,
    status         varchar(20)  not null,
    imported_by    varchar(64)  not null,
    created_at     timestamp with time zone not null,
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone,
    total_rows     bigint,
    rows_read      bigint       not null,
    rows_imported  bigint       not null,
    rows_skipped   bigint       not null,
    rows_rejected  bigint       not null,
    failure        varchar(2000),
    job_execution  bigint,
    version        bigint       not null
);
create index ix_archive_import_created on archive_import (created_at desc, id desc);

-- Every rejected row's problems, one line per field: the full report (the API lists the first 100).
create table archive_import_problem (
    import_id   bigint        not null,
    row_number  bigint        not null,
    position    integer       not null,
    field       varchar(100)  not null,
    message     varchar(1000) not null,
    constraint pk_archive_import_problem primary key (import_id, row_number, position),
    constraint fk_archive_import_problem foreign key (import_id) references archive_import (id)
);

-- The archive's own id of an imported record ("ACLED:UKR1234"): the same row imported again is recognised.
alter table event_record add column external_id varchar(80);
create unique index uk_event_record_external_id on event_record (external_id);
