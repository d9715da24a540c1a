package org.eventdesk.domain.shared;

/**
 * Text from outside (a user name typed at the login screen, an Origin header) made safe for one line of the
 * server log. Unescaped, a name such as {@code "x\nINFO Login SUCCESS for 'admin'"} would forge a line that an
 * operator or a log shipper believes; so control characters, line and paragraph separators and the invisible
 * formatting characters (bidirectional overrides among them) are written as escapes, the quote and the backslash
 * are escaped so the quoted text cannot be closed early, and the text is cut to a length a log line can carry.
 */
public final class LogText {
    /** Longer than any valid user name (64), short enough that an attacker cannot fill the log with one request. */
    public static final int MAX_LENGTH = 120;

    private LogText() {}

    /** The text in single quotes, escaped and cut; {@code (none)} when absent. */
    public static String quoted(String text) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 8).append('\'');
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            if (shown == MAX_LENGTH) {
                out.append("…(").append(text.length()).append(" chars)");
                break;
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            shown++;
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                default -> {
                    if (needsEscape(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.append('\'').toString();
    }

    private static boolean needsEscape(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c)
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.SURROGATE;
    }
}
