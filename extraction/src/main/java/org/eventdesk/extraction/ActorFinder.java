package org.eventdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventdesk.extraction.Tokens.Token;

/**
 * Finds organisations, people and the roles people hold, for one article. It keeps what it learnt (full names,
 * roles, each person's mentions) so that the quote rules can resolve "he", "Mr Zelensky" and "the US president".
 */
final class ActorFinder {

    /** A person met in the article. */
    static final class Person {
        final String name;
        final String surname;
        final Map<String, String> roles = new LinkedHashMap<>(); // role phrase -> country code or ""
        String country;

        Person(String name) {
            this.name = name;
            String[] parts = name.split(" ");
            this.surname = parts[parts.length - 1];
        }

        boolean hasHead(Set<String> heads) {
            for (String role : roles.keySet()) {
                String[] words = role.split(" ");
                if (heads.contains(words[words.length - 1])) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A mention: tokens first..last (inclusive) refer to an actor. */
    record Mention(int first, int last, String name, String kind, Person person) {}

    private final Tokens t;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final boolean[] claimed;
    /** Per token: 0 not yet known, 1 capitalised and not a stop word, 2 not a name word. */
    private byte[] nameLike;

    final List<Person> persons = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Person> bySurname = new HashMap<>();

    ActorFinder(Tokens tokens, Lexicon lexicon, Gazetteer gazetteer) {
        this.t = tokens;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.claimed = new boolean[tokens.size()];
    }

    /** Tokens that belong to an organisation or a person: no place may be read inside them. */
    boolean claimed(int i) {
        return i >= 0 && i < claimed.length && claimed[i];
    }

    void findOrganisationsAndPeople() {
        findOrganisations();
        findFullNames();
        findSurnamesAndDescriptors();
        mentions.sort((a, b) -> Integer.compare(a.first, b.first));
    }

    // ---- organisations ------------------------------------------------------------------------------------

    private void findOrganisations() {
        int i = 0;
        while (i < t.size()) {
            int matched = 0;
            Lexicon.Organisation org = null;
            Token head = t.get(i);
            int words = head.capitalised() || head.isNumber() || head.is("al")
                    ? lexicon.longestByFirstWord.getOrDefault(head.key(), 0)
                    : 0;
            for (int n = Math.min(words * 2, t.size() - i); n >= 1 && org == null; n--) {
                Token first = t.get(i);
                if (!first.capitalised() && !first.isNumber() && !first.is("al")) {
                    break;
                }
                String surface = t.text.substring(first.start, t.get(i + n - 1).end);
                String key = Gazetteer.normalise(surface);
                Lexicon.Organisation found = lexicon.organisations.get(key);
                if (found == null) {
                    continue;
                }
                if (lexicon.capitalsOnly.contains(key)
                        && !surface.replace(".", "")
                                .chars()
                                .allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                    continue;
                }
                if (t.get(i + n - 1).kind == Tokens.Kind.PUNCT && !surface.endsWith(".")) {
                    continue;
                }
                org = found;
                matched = n;
            }
            if (org == null) {
                i++;
                continue;
            }
            int first = i;
            if (t.lower(i - 1).equals("the") && t.text.charAt(t.get(i - 1).start) == 'T') {
                first = i - 1;
            }
            claim(first, i + matched - 1);
            mentions.add(new Mention(i, i + matched - 1, org.name(), org.kind(), null));
            i += matched;
        }
    }

    // ---- people -------------------------------------------------------------------------------------------

    private boolean nameToken(int i) {
        if (i < 0 || i >= t.size() || claimed(i)) {
            return false;
        }
        if (nameLike == null) {
            nameLike = new byte[t.size()];
        }
        if (nameLike[i] == 0) {
            nameLike[i] = (byte) (looksLikeName(t.get(i)) ? 1 : 2);
        }
        return nameLike[i] == 1;
    }

    private static boolean looksLikeName(Token tok) {
        if (!tok.capitalised()) {
            return false;
        }
        String lower = tok.bare;
        if (Lexicon.NOT_NAME.contains(lower) || Lexicon.isRoleWord(lower) || Lexicon.DEMONYMS.containsKey(lower)) {
            return false;
        }
        // All-capital words are acronyms (AFP, NATO), not names.
        return !(tok.text.length() > 1 && tok.text.chars().allMatch(Character::isUpperCase));
    }

    /** The end (inclusive) of a run of name tokens starting at i, at most three; -1 when none. */
    private int nameRun(int i) {
        int last = -1;
        int k = i;
        while (k < t.size() && k < i + 3 && nameToken(k) && (k == i || sameLine(k - 1, k))) {
            last = k;
            if (t.get(k).lower.endsWith("'s") || t.get(k).lower.endsWith("’s")) {
                break; // "Putin's": the possessive ends the name
            }
            // Hyphenated first names: "Jean-Noël"
            if (t.lower(k + 1).equals("-") && t.joined(k) && t.joined(k + 1) && nameToken(k + 2)) {
                k += 2;
                last = k;
            }
            // Particles inside a name: "Pieter van Aalst", "Ursula von der Leyen", "Mohammed bin Salman"
            int p = k + 1;
            while (p < t.size() && p <= k + 2 && PARTICLES.contains(t.get(p).text)) {
                p++;
            }
            if (p > k + 1 && k > i - 1 && nameToken(p) && sameLine(k, p)) {
                k = p;
                last = k;
            }
            k++;
        }
        return last;
    }

    /** Lower-case words that join parts of a name. */
    private static final Set<String> PARTICLES = Tokens.words("van von der den de da di du la le bin ibn al el ter");

    private boolean sameLine(int a, int b) {
        return t.sentenceOf[a] == t.sentenceOf[b] && t.text.indexOf('\n', t.get(a).end) >= t.get(b).start
                || t.text.indexOf('\n', t.get(a).end) < 0;
    }

    private void findFullNames() {
        for (int i = 0; i < t.size(); i++) {
            if (claimed(i) || !nameToken(i) || nameToken(i - 1)) {
                continue;
            }
            if (i > 0
                    && t.joined(i - 1)
                    && (t.lower(i - 1).equals("-") || t.get(i - 1).isWord())) {
                continue; // inside "Mar-a-Lago"
            }
            int last = nameRun(i);
            if (last < i + 1) {
                continue; // one word: a surname, handled later
            }
            if (i > 0 && Lexicon.SHIP_PREFIXES.contains(t.get(i - 1).text)) {
                claim(i, last); // a vessel's name
                continue;
            }
            if (t.get(last + 1) != null && t.joined(last) && t.lower(last + 1).equals("-")) {
                continue;
            }
            String name = cleanName(i, last);
            if (isPlaceName(i, last, roleBefore(i) != null)) {
                continue;
            }
            Person person = personNamed(name);
            int[] role = roleBefore(i);
            if (role != null) {
                addRole(person, role[0], i - 1);
            }
            appositiveRole(person, last);
            claimRole(role != null ? role[0] : i, i - 1);
            claim(i, last);
            mentions.add(new Mention(role != null ? role[0] : i, last, person.name, "PERSON", person));
        }
    }

    private String cleanName(int first, int last) {
        String s = t.text.substring(t.get(first).start, t.get(last).end);
        return Tokens.withoutPossessive(s);
    }

    /** A run is a place, not a person, when it (or its last word) is a known place: "Lago Florida", "New York". */
    private boolean isPlaceName(int first, int last, boolean titled) {
        String whole = cleanName(first, last);
        if (!gazetteer.lookup(whole).isEmpty()) {
            return true;
        }
        if (titled) {
            return false; // "Mayor Carla Benton": a title makes a person of a surname that is also a town
        }
        List<Gazetteer.Entry> tail = gazetteer.lookup(Tokens.withoutPossessive(t.get(last).text));
        return !tail.isEmpty()
                && (tail.get(0).kind() != Gazetteer.Kind.CITY || tail.get(0).share() > 0.01);
    }

    private Person personNamed(String name) {
        for (Person p : persons) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        Person p = new Person(name);
        persons.add(p);
        bySurname.putIfAbsent(p.surname, p);
        return p;
    }

    /** Role words right before token i: {first index of the role} or null. "US president", "Prime Minister". */
    private int[] roleBefore(int i) {
        int k = i - 1;
        int first = -1;
        while (k >= 0 && k >= i - 5) {
            String w = t.lower(k);
            if (Lexicon.isRoleWord(w) || Lexicon.DEMONYMS.containsKey(w) || w.equals("-")) {
                if (w.equals("of") && first < 0) {
                    break;
                }
                first = k;
                k--;
                continue;
            }
            // "U.S." tokenises as U . S .
            break;
        }
        if (first < 0) {
            return null;
        }
        while (first < i
                && (t.lower(first).equals("of")
                        || t.lower(first).equals("-")
                        || Lexicon.DEMONYMS.containsKey(t.lower(first)) && !hasRoleAfter(first, i))) {
            first++;
        }
        return first < i ? new int[] {first} : null;
    }

    private boolean hasRoleAfter(int from, int until) {
        for (int k = from + 1; k < until; k++) {
            if (Lexicon.isRoleWord(t.lower(k)) && !Lexicon.HONORIFICS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private void addRole(Person person, int roleFirst, int roleLast) {
        StringBuilder role = new StringBuilder();
        String country = "";
        for (int k = roleFirst; k <= roleLast; k++) {
            String w = t.lower(k);
            if (Lexicon.HONORIFICS.contains(w)) {
                continue;
            }
            if (Lexicon.DEMONYMS.containsKey(w)) {
                country = Lexicon.DEMONYMS.get(w);
            }
            if (role.length() > 0) {
                role.append(' ');
            }
            role.append(w);
        }
        if (role.length() == 0) {
            return;
        }
        String r = role.toString();
        String[] words = r.split(" ");
        if (!Lexicon.ROLE_HEADS.contains(words[words.length - 1])) {
            return;
        }
        person.roles.put(r, country);
        if (!country.isEmpty() && person.country == null) {
            person.country = country;
        }
    }

    /** "Mark Carney, the prime minister" or "Mark Carney, Canada's prime minister". */
    private void appositiveRole(Person person, int last) {
        if (!t.lower(last + 1).equals(",")) {
            return;
        }
        int k = last + 2;
        if (t.lower(k).equals("the")) {
            k++;
        }
        int roleFirst = k;
        while (k < t.size() && (Lexicon.isRoleWord(t.lower(k)) || Lexicon.DEMONYMS.containsKey(t.lower(k)))) {
            k++;
        }
        if (k > roleFirst) {
            addRole(person, roleFirst, k - 1);
        }
    }

    private void findSurnamesAndDescriptors() {
        for (int i = 0; i < t.size(); i++) {
            if (claimed(i)) {
                continue;
            }
            Token tok = t.get(i);
            if (tok.capitalised() && nameToken(i) && !nameToken(i + 1)) {
                String surname = Tokens.withoutPossessive(tok.text);
                Person p = bySurname.get(surname);
                int[] role = roleBefore(i);
                if (p == null && role != null && hasTitle(role[0], i)) {
                    p = personNamed(surname); // "Mr Smith" with no full name in the article
                }
                if (p != null && !(i > 0 && nameToken(i - 1))) {
                    if (role != null) {
                        addRole(p, role[0], i - 1);
                    }
                    int first = role != null ? role[0] : i;
                    claimRole(first, i - 1);
                    claim(i, i);
                    mentions.add(new Mention(first, i, p.name, "PERSON", p));
                    continue;
                }
            }
            if (tok.is("the") || (tok.lower.endsWith("'s") && Lexicon.DEMONYMS.containsKey(tok.lower))) {
                int[] d = descriptor(i);
                if (d != null) {
                    Person p = resolveDescriptor(d[0], d[1], i);
                    if (p != null) {
                        mentions.add(new Mention(i, d[1], p.name, "PERSON", p));
                    }
                    i = d[1];
                }
            }
        }
        // The metonyms and civilians
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.is("civilians") && !claimed(i)) {
                mentions.add(new Mention(i, i, "Civilians", "CIVILIANS", null));
            }
        }
    }

    private boolean hasTitle(int roleFirst, int name) {
        for (int k = roleFirst; k < name; k++) {
            if (Lexicon.isRoleWord(t.lower(k)) && !Lexicon.DEMONYMS.containsKey(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the US president", "the prime minister", "Ukraine's president", "the Ukrainian leader": {first role word,
     * last role word} when no name follows, else null.
     */
    int[] descriptor(int i) {
        int k = t.lower(i).equals("the") ? i + 1 : i;
        int first = k;
        while (k < t.size()
                && k < first + 5
                && (Lexicon.isRoleWord(t.lower(k)) || Lexicon.DEMONYMS.containsKey(t.lower(k)))) {
            k++;
        }
        int last = k - 1;
        if (last < first || !Lexicon.ROLE_HEADS.contains(t.lower(last))) {
            return null;
        }
        if (nameToken(k)) {
            return null; // "the US president Donald Trump" is a title, not a descriptor
        }
        return new int[] {first, last};
    }

    /**
     * The person a descriptor refers to: the same role, the same country when the descriptor names one ("the US
     * president" needs a person seen as "US president"), most recently mentioned before it; null when unsure.
     */
    Person resolveDescriptor(int first, int last, int before) {
        String country = null;
        StringBuilder role = new StringBuilder();
        for (int k = first; k <= last; k++) {
            String w = t.lower(k);
            if (Lexicon.DEMONYMS.containsKey(w)) {
                country = Lexicon.DEMONYMS.get(w);
            }
            if (role.length() > 0) {
                role.append(' ');
            }
            role.append(w);
        }
        String head = t.lower(last);
        String exact = role.toString();
        Person best = null;
        int bestAt = -1;
        for (Mention m : mentions) {
            if (m.person == null || m.first >= before) {
                continue;
            }
            Person p = m.person;
            boolean matches = p.roles.containsKey(exact)
                    || p.hasHead(Set.of(head))
                    || (Lexicon.LEADER_HEADS.contains(head)
                            && p.hasHead(Lexicon.LEADER_HEADS)
                            && head.equals("leader"));
            if (!matches) {
                continue;
            }
            if (country != null && !country.equals(p.country)) {
                continue; // "the Ukrainian leader" needs someone known to be Ukrainian: unsure means no answer
            }
            if (p.roles.containsKey(exact) && !exact.equals(head)) {
                return p; // the exact role seen before ("US president")
            }
            if (m.first > bestAt) {
                best = p;
                bestAt = m.first;
            }
        }
        return best;
    }

    /** Role words belong to the person, except a country in them ("US" in "US president"): that is a place. */
    private void claimRole(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!Lexicon.DEMONYMS.containsKey(t.lower(k))) {
                claim(k, k);
            }
        }
    }

    private void claim(int first, int last) {
        for (int k = Math.max(0, first); k <= last && k < claimed.length; k++) {
            claimed[k] = true;
        }
    }

    /** States acting through their capital: "Moscow launched", "Kyiv wants". */
    static boolean actsAsState(Tokens t, int last) {
        Token next = t.get(last + 1);
        if (next == null || !next.isWord() || next.capitalised()) {
            return false;
        }
        return STATE_VERBS.contains(next.lower);
    }

    private static final Set<String> STATE_VERBS =
            Tokens.words("said says has have had wants want will would launched fired demanded demands denied "
                    + "denies accused accuses warned warns insisted insists rejected rejects claimed claims "
                    + "announced announces responded refused refuses agreed agrees is was hopes hoped sent "
                    + "struck attacked offered offers believes says");

    /** The mentions that name a person. */
    List<Mention> personMentions() {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.person != null) {
                out.add(m);
            }
        }
        return out;
    }
}
