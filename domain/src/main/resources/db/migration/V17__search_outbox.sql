-- Hibernate Search's outbox-polling coordination (issue 10, several servers on one PostgreSQL and one OpenSearch
-- index). With eventdesk.search.coordination=outbox-polling every save queues an event here in the save's own
-- transaction; each server's agent (registered in hsearch_agent) takes its share of the events and writes the index. Unused, and
-- empty, while a desk runs alone on its Lucene index. Columns as Hibernate Search 7.2 maps them (its outbox entities,
-- whose schema Hibernate generated on H2 and PostgreSQL); only the index names are ours, since PostgreSQL wants them
-- unique in the schema.
create table hsearch_outbox_event (
    id            uuid         not null primary key,
    entityName    varchar(256) not null,
    entityId      varchar(256) not null,
    entityIdHash  integer      not null,
    payload       ${binary_type} not null,
    retries       integer      not null,
    processAfter  timestamp(6) with time zone not null,
    status        varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenantId      varchar(255)
);
create index ix_hsearch_outbox_event_hash on hsearch_outbox_event (entityIdHash);
create index ix_hsearch_outbox_event_status on hsearch_outbox_event (status);
create index ix_hsearch_outbox_event_after on hsearch_outbox_event (processAfter);

create table hsearch_agent (
    id                  uuid         not null primary key,
    type                varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING',
                                                              'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name                varchar(255) not null,
    expiration          timestamp(6) with time zone not null,
    state               varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    totalShardCount     integer,
    assignedShardIndex  integer,
    payload             ${binary_type},
    tenantId            varchar(255)
);
