-- Event Desk schema, version 1: the people who use the desk, their API tokens, and the sources they bring in.
-- Written once for H2 and PostgreSQL alike; the only difference, the type of long text, is the ${text_type}
-- placeholder that the migration runner fills in for the database it talks to.

create sequence desk_user_seq start with 1 increment by 1;

create table desk_user (
    id            bigint       not null primary key,
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    password_hash varchar(200),
    enabled       boolean      not null,
    failed_logins integer      not null,
    locked_until  timestamp with time zone,
    created_at    timestamp with time zone not null,
    version       bigint       not null,
    constraint uk_desk_user_username unique (username)
);

create table desk_user_role (
    user_id bigint      not null,
    role    varchar(20) not null,
    constraint pk_desk_user_role primary key (user_id, role),
    constraint fk_desk_user_role_user foreign key (user_id) references desk_user (id)
);

create sequence api_token_seq start with 1 increment by 1;

create table api_token (
    id           bigint       not null primary key,
    owner_id     bigint       not null,
    label        varchar(200) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    constraint uk_api_token_hash unique (token_hash),
    constraint fk_api_token_owner foreign key (owner_id) references desk_user (id)
);

create sequence source_seq start with 1 increment by 50;

create table source (
    id             bigint        not null primary key,
    kind           varchar(32)   not null,
    title          varchar(500)  not null,
    outlet         varchar(200)  not null,
    author         varchar(300),
    url            varchar(2000),
    canonical_url  varchar(2000),
    published_at   timestamp with time zone not null,
    published_zone varchar(64)   not null,
    retrieved_at   timestamp with time zone not null,
    language       varchar(35),
    raw_text       ${text_type}  not null,
    raw_format     varchar(16)   not null,
    cleaned_text   ${text_type}  not null,
    content_hash   varchar(64)   not null,
    added_by       varchar(64)   not null,
    added_at       timestamp with time zone not null,
    constraint uk_source_content_hash unique (content_hash),
    constraint uk_source_canonical_url unique (canonical_url)
);

-- The Sources grid reads newest first, optionally for one outlet. H2 only skips the sort when the ORDER BY
-- repeats an index's columns and directions from its first column on, so the queries are written to match.
create index ix_source_added on source (added_at desc, id desc);
create index ix_source_published on source (published_at desc, id desc);
create index ix_source_outlet_added on source (outlet, added_at desc, id desc);
