package org.eventdesk.e2e;

import java.util.UUID;

/** Small ACLED files written for the import's tests, their event ids and places unique to each run. */
final class AcledFiles {
    static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
            + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
            + "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
            + "fatalities,tags,timestamp\n";

    private AcledFiles() {}

    static String run() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /**
     * Three good rows (an ISO date with two outlets and fatalities, a worded date with a week's precision, a
     * country by name) and two bad ones (rows 5 and 6).
     */
    static String sample(String run) {
        return HEADER
                + "UKR" + run + "1,2024-05-26,2024,1,Political violence,Explosions/Remote violence,"
                + "Shelling/artillery/missile attack,Military Forces of Russia (2000-),,1,Civilians (Ukraine),,7,17,"
                + "Civilian targeting,804,Europe,Ukraine,Kharkivska,Kharkivskyi,,Kharkiv-" + run + ",49.9935,36.2304,1,"
                + "Kyiv Independent; Ukrainska Pravda,National,\"On 26 May 2024, Russian forces struck a hardware store"
                + " in Kharkiv with guided bombs, killing at least 16 civilians.\",16,,1717000000\n"
                + "MEX" + run + "2,26 May 2024,2024,2,Demonstrations,Protests,Peaceful protest,Protesters (Mexico),"
                + "Teachers (Mexico),6,,,0,60,,484,Central America,Mexico,Oaxaca,,,Oaxaca-" + run + ",17.0606,-96.7252,"
                + "2,El Universal,National,Teachers marched in Oaxaca demanding pay rises.,0,crowd size=no report,"
                + "1717000001\n"
                + "BRA" + run + "3,2024-06-03,2024,3,Political violence,Battles,Armed clash,Military Police of Brazil,,"
                + "1,Unidentified Armed Group (Brazil),,3,13,,,South America,Brazil,Rio de Janeiro,,,Rio-" + run
                + ",-22.9068,-43.1729,3,O Globo,,Police clashed with an armed group in a favela.,,,1717000002\n"
                + "UKR" + run + "4,31 June 2024,2024,1,Political violence,Explosions/Remote violence,"
                + "Shelling/artillery/missile attack,Military Forces of Russia (2000-),,1,,,0,10,,804,Europe,Ukraine,,,,"
                + "Kharkiv,49.9935,36.2304,1,Kyiv Independent,,Shelling.,2,,1717000003\n"
                + "UKR" + run
                + "5,2024-05-27,2024,1,Political violence,Explosions,Air strike,Military Forces of Russia,"
                + ",1,,,0,10,,804,Europe,Ukraine,,,,Odesa,146.7,30.7,1,,,Strike.,-1,,1717000004\n";
    }

    /** {@code rows} good rows of protests, each its own event at a place of this run. */
    static String many(String run, int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            csv.append("BUL")
                    .append(run)
                    .append('-')
                    .append(i)
                    .append(",2024-0")
                    .append(1 + i % 9)
                    .append("-1")
                    .append(i % 10)
                    .append(",2024,1,Demonstrations,Protests,Peaceful protest,Protesters (Bulgaria),,6,,,0,60,,100,")
                    .append("Europe,Bulgaria,Sofia,,,Sofia-")
                    .append(run)
                    .append(",42.6977,23.3219,1,BTA; Dnevnik,National,\"Protest number ")
                    .append(i)
                    .append(" in Sofia against rising prices.\",0,,1717000000\n");
        }
        return csv.toString();
    }
}
