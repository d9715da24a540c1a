-- Event Desk schema, version 2: event records and their facts, each fact with the evidence it came from.
-- Evidence tables all have the same shape: a span of a source's cleaned text, with the quote and the source's
-- outlet kept alongside (a source's text never changes, so the copy never goes stale).

create table event_type (
    code        varchar(100) not null primary key,
    label       varchar(200) not null,
    parent_code varchar(100),
    family      varchar(10)  not null,
    position    integer      not null,
    active      boolean      not null,
    constraint fk_event_type_parent foreign key (parent_code) references event_type (code)
);

-- ACLED's event types and sub-types (labels as in ACLED's codebook), then the desk's news types.
insert into event_type (code, label, parent_code, family, position, active) values
    ('BATTLES', 'Battles', null, 'ACLED', 10, true),
    ('BATTLES.ARMED_CLASH', 'Armed clash', 'BATTLES', 'ACLED', 11, true),
    ('BATTLES.GOVERNMENT_REGAINS_TERRITORY', 'Government regains territory', 'BATTLES', 'ACLED', 12, true),
    ('BATTLES.NON_STATE_ACTOR_OVERTAKES_TERRITORY', 'Non-state actor overtakes territory', 'BATTLES', 'ACLED', 13, true),
    ('EXPLOSIONS_REMOTE_VIOLENCE', 'Explosions/Remote violence', null, 'ACLED', 20, true),
    ('EXPLOSIONS_REMOTE_VIOLENCE.CHEMICAL_WEAPON', 'Chemical weapon', 'EXPLOSIONS_REMOTE_VIOLENCE', 'ACLED', 21, true),
    ('EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE', 'Air/drone strike', 'EXPLOSIONS_REMOTE_VIOLENCE', 'ACLED', 22, true),
    ('EXPLOSIONS_REMOTE_VIOLENCE.SUICIDE_BOMB', 'Suicide bomb', 'EXPLOSIONS_REMOTE_VIOLENCE', 'ACLED', 23, true),
    ('EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK', 'Shelling/artillery/missile attack', 'EXPLOSIONS_REMOTE_VIOLENCE', 'ACLED', 24, true),
    ('EXPLOSIONS_REMOTE_VIOLENCE.REMOTE_EXPLOSIVE_LANDMINE_IED', 'Remote explosive/landmine/IED', 'EXPLOSIONS_REMOTE_VIOLENCE', 'ACLED', 25, true),
    ('EXPLOSIONS_REMOTE_VIOLENCE.GRENADE', 'Grenade', 'EXPLOSIONS_REMOTE_VIOLENCE', 'ACLED', 26, true),
    ('VIOLENCE_AGAINST_CIVILIANS', 'Violence against civilians', null, 'ACLED', 30, true),
    ('VIOLENCE_AGAINST_CIVILIANS.SEXUAL_VIOLENCE', 'Sexual violence', 'VIOLENCE_AGAINST_CIVILIANS', 'ACLED', 31, true),
    ('VIOLENCE_AGAINST_CIVILIANS.ATTACK', 'Attack', 'VIOLENCE_AGAINST_CIVILIANS', 'ACLED', 32, true),
    ('VIOLENCE_AGAINST_CIVILIANS.ABDUCTION_FORCED_DISAPPEARANCE', 'Abduction/forced disappearance', 'VIOLENCE_AGAINST_CIVILIANS', 'ACLED', 33, true),
    ('PROTESTS', 'Protests', null, 'ACLED', 40, true),
    ('PROTESTS.PEACEFUL_PROTEST', 'Peaceful protest', 'PROTESTS', 'ACLED', 41, true),
    ('PROTESTS.PROTEST_WITH_INTERVENTION', 'Protest with intervention', 'PROTESTS', 'ACLED', 42, true),
    ('PROTESTS.EXCESSIVE_FORCE_AGAINST_PROTESTERS', 'Excessive force against protesters', 'PROTESTS', 'ACLED', 43, true),
    ('RIOTS', 'Riots', null, 'ACLED', 50, true),
    ('RIOTS.VIOLENT_DEMONSTRATION', 'Violent demonstration', 'RIOTS', 'ACLED', 51, true),
    ('RIOTS.MOB_VIOLENCE', 'Mob violence', 'RIOTS', 'ACLED', 52, true),
    ('STRATEGIC_DEVELOPMENTS', 'Strategic developments', null, 'ACLED', 60, true),
    ('STRATEGIC_DEVELOPMENTS.AGREEMENT', 'Agreement', 'STRATEGIC_DEVELOPMENTS', 'ACLED', 61, true),
    ('STRATEGIC_DEVELOPMENTS.ARRESTS', 'Arrests', 'STRATEGIC_DEVELOPMENTS', 'ACLED', 62, true),
    ('STRATEGIC_DEVELOPMENTS.CHANGE_TO_GROUP_ACTIVITY', 'Change to group/activity', 'STRATEGIC_DEVELOPMENTS', 'ACLED', 63, true),
    ('STRATEGIC_DEVELOPMENTS.DISRUPTED_WEAPONS_USE', 'Disrupted weapons use', 'STRATEGIC_DEVELOPMENTS', 'ACLED', 64, true),
    ('STRATEGIC_DEVELOPMENTS.HEADQUARTERS_OR_BASE_ESTABLISHED', 'Headquarters or base established', 'STRATEGIC_DEVELOPMENTS', 'ACLED', 65, true),
    ('STRATEGIC_DEVELOPMENTS.LOOTING_PROPERTY_DESTRUCTION', 'Looting/property destruction', 'STRATEGIC_DEVELOPMENTS', 'ACLED', 66, true),
    ('STRATEGIC_DEVELOPMENTS.NON_VIOLENT_TRANSFER_OF_TERRITORY', 'Non-violent transfer of territory', 'STRATEGIC_DEVELOPMENTS', 'ACLED', 67, true),
    ('STRATEGIC_DEVELOPMENTS.OTHER', 'Other', 'STRATEGIC_DEVELOPMENTS', 'ACLED', 68, true),
    ('MEETING', 'Meeting', null, 'NEWS', 100, true),
    ('STATEMENT', 'Statement', null, 'NEWS', 110, true),
    ('NEGOTIATION', 'Negotiation', null, 'NEWS', 120, true),
    ('AGREEMENT', 'Agreement', null, 'NEWS', 130, true),
    ('ELECTION_REFERENDUM', 'Election or referendum', null, 'NEWS', 140, true),
    ('DISASTER', 'Disaster', null, 'NEWS', 150, true),
    ('ACCIDENT', 'Accident', null, 'NEWS', 160, true),
    ('OTHER', 'Other news event', null, 'NEWS', 170, true);

create table figure_category (
    code     varchar(60)  not null primary key,
    label    varchar(200) not null,
    position integer      not null,
    active   boolean      not null
);

insert into figure_category (code, label, position, active) values
    ('KILLED', 'Killed', 10, true),
    ('INJURED', 'Injured', 20, true),
    ('MISSING', 'Missing', 30, true),
    ('CHILDREN', 'Children (of a figure)', 40, true),
    ('SOLDIERS', 'Soldiers', 50, true),
    ('HOSTAGES', 'Hostages', 60, true),
    ('ARRESTED', 'Arrested', 70, true),
    ('DISPLACED', 'Displaced', 80, true),
    ('EVACUATED', 'Evacuated', 90, true),
    ('PEOPLE_AFFECTED', 'People affected', 100, true),
    ('DRONES_LAUNCHED', 'Drones launched', 110, true),
    ('MISSILES_LAUNCHED', 'Missiles launched', 120, true),
    ('INTERCEPTED', 'Intercepted', 130, true),
    ('BUILDINGS_DAMAGED', 'Buildings damaged', 140, true),
    ('WITHOUT_POWER', 'Without power', 150, true),
    ('WITHOUT_HEAT', 'Without heat', 160, true),
    ('CROWD_SIZE', 'Crowd size', 170, true);

create sequence record_seq start with 1 increment by 50;
create sequence fact_seq start with 1 increment by 50;

create table event_record (
    id                     bigint        not null primary key,
    version                bigint        not null,
    type_code              varchar(100),
    title                  varchar(300)  not null,
    summary                varchar(10000),
    event_start            timestamp with time zone,
    event_end              timestamp with time zone,
    time_precision         varchar(20),
    time_zone              varchar(64),
    occurrence             varchar(20),
    verification_judgement varchar(30),
    verification           varchar(30)   not null,
    status                 varchar(20)   not null,
    created_by             varchar(64)   not null,
    created_at             timestamp with time zone not null,
    updated_by             varchar(64)   not null,
    updated_at             timestamp with time zone not null,
    constraint fk_event_record_type foreign key (type_code) references event_type (code)
);

-- The records list reads newest first by event time or by last change; the ORDER BY of its queries repeats
-- these columns and directions so that H2 reads the index in order instead of sorting.
create index ix_record_start on event_record (event_start desc, id desc);
create index ix_record_updated on event_record (updated_at desc, id desc);
create index ix_record_status_start on event_record (status, event_start desc, id desc);
create index ix_record_type_start on event_record (type_code, event_start desc, id desc);

create table record_summary_evidence (
    record_id    bigint        not null,
    position     integer       not null,
    source_id    bigint        not null,
    start_offset integer       not null,
    end_offset   integer       not null,
    quote        varchar(4000) not null,
    outlet       varchar(200)  not null,
    constraint pk_record_summary_evidence primary key (record_id, position),
    constraint fk_summary_evidence_record foreign key (record_id) references event_record (id),
    constraint fk_summary_evidence_source foreign key (source_id) references source (id)
);

create table record_time_evidence (
    record_id    bigint        not null,
    position     integer       not null,
    source_id    bigint        not null,
    start_offset integer       not null,
    end_offset   integer       not null,
    quote        varchar(4000) not null,
    outlet       varchar(200)  not null,
    constraint pk_record_time_evidence primary key (record_id, position),
    constraint fk_time_evidence_record foreign key (record_id) references event_record (id),
    constraint fk_time_evidence_source foreign key (source_id) references source (id)
);

create table record_place (
    id                     bigint       not null primary key,
    record_id              bigint       not null,
    position               integer,
    name                   varchar(200) not null,
    country                varchar(2),
    admin1                 varchar(200),
    admin2                 varchar(200),
    lat                    double precision,
    lon                    double precision,
    geo_precision          varchar(20),
    verification_judgement varchar(30),
    verification           varchar(30)  not null,
    constraint fk_record_place_record foreign key (record_id) references event_record (id)
);
create index ix_record_place_record on record_place (record_id);
create index ix_record_place_country on record_place (country, record_id);

create table place_evidence (
    place_id     bigint        not null,
    position     integer       not null,
    source_id    bigint        not null,
    start_offset integer       not null,
    end_offset   integer       not null,
    quote        varchar(4000) not null,
    outlet       varchar(200)  not null,
    constraint pk_place_evidence primary key (place_id, position),
    constraint fk_place_evidence_place foreign key (place_id) references record_place (id),
    constraint fk_place_evidence_source foreign key (source_id) references source (id)
);

create table record_actor (
    id                     bigint       not null primary key,
    record_id              bigint       not null,
    position               integer,
    name                   varchar(200) not null,
    kind                   varchar(20)  not null,
    actor_role             varchar(20)  not null,
    verification_judgement varchar(30),
    verification           varchar(30)  not null,
    constraint fk_record_actor_record foreign key (record_id) references event_record (id)
);
create index ix_record_actor_record on record_actor (record_id);

create table actor_evidence (
    actor_id     bigint        not null,
    position     integer       not null,
    source_id    bigint        not null,
    start_offset integer       not null,
    end_offset   integer       not null,
    quote        varchar(4000) not null,
    outlet       varchar(200)  not null,
    constraint pk_actor_evidence primary key (actor_id, position),
    constraint fk_actor_evidence_actor foreign key (actor_id) references record_actor (id),
    constraint fk_actor_evidence_source foreign key (source_id) references source (id)
);

create table record_figure (
    id                     bigint       not null primary key,
    record_id              bigint       not null,
    position               integer,
    category_code          varchar(60)  not null,
    qualifier              varchar(20)  not null,
    amount                 numeric(20, 4),
    low                    numeric(20, 4),
    high                   numeric(20, 4),
    numerator              numeric(20, 4),
    denominator            numeric(20, 4),
    parent_position        integer,
    as_of                  timestamp with time zone,
    attribution            varchar(300),
    verification_judgement varchar(30),
    verification           varchar(30)  not null,
    constraint fk_record_figure_record foreign key (record_id) references event_record (id),
    constraint fk_record_figure_category foreign key (category_code) references figure_category (code)
);
create index ix_record_figure_record on record_figure (record_id);
create index ix_record_figure_category on record_figure (category_code, record_id);

create table figure_evidence (
    figure_id    bigint        not null,
    position     integer       not null,
    source_id    bigint        not null,
    start_offset integer       not null,
    end_offset   integer       not null,
    quote        varchar(4000) not null,
    outlet       varchar(200)  not null,
    constraint pk_figure_evidence primary key (figure_id, position),
    constraint fk_figure_evidence_figure foreign key (figure_id) references record_figure (id),
    constraint fk_figure_evidence_source foreign key (source_id) references source (id)
);

create table record_claim (
    id                     bigint        not null primary key,
    record_id              bigint        not null,
    position               integer,
    speaker                varchar(200)  not null,
    claim_text             varchar(4000) not null,
    form                   varchar(20)   not null,
    medium                 varchar(300),
    said_at                timestamp with time zone,
    verification_judgement varchar(30),
    verification           varchar(30)   not null,
    constraint fk_record_claim_record foreign key (record_id) references event_record (id)
);
create index ix_record_claim_record on record_claim (record_id);

create table claim_evidence (
    claim_id     bigint        not null,
    position     integer       not null,
    source_id    bigint        not null,
    start_offset integer       not null,
    end_offset   integer       not null,
    quote        varchar(4000) not null,
    outlet       varchar(200)  not null,
    constraint pk_claim_evidence primary key (claim_id, position),
    constraint fk_claim_evidence_claim foreign key (claim_id) references record_claim (id),
    constraint fk_claim_evidence_source foreign key (source_id) references source (id)
);

create table record_link (
    id        bigint      not null primary key,
    record_id bigint      not null,
    position  integer,
    relation  varchar(20) not null,
    target_id bigint      not null,
    constraint fk_record_link_record foreign key (record_id) references event_record (id),
    constraint fk_record_link_target foreign key (target_id) references event_record (id)
);
create index ix_record_link_record on record_link (record_id);
create index ix_record_link_target on record_link (target_id);

create table record_tag (
    record_id bigint      not null,
    position  integer     not null,
    tag       varchar(60) not null,
    constraint pk_record_tag primary key (record_id, position),
    constraint fk_record_tag_record foreign key (record_id) references event_record (id)
);
create index ix_record_tag_tag on record_tag (tag);
