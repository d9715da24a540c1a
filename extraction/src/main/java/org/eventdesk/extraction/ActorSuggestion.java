package org.eventdesk.extraction;

import java.util.List;
import org.eventdesk.domain.record.ActorKind;

/**
 * Someone acting or speaking in the article, once however often it is named, with every mention.
 *
 * @param name the normalised name: the full name of a person when it appeared anywhere in the article
 *     ("Mr Zelensky" gives "Volodymyr Zelensky"), the canonical name of a state or organisation
 * @param mentions every place the article names them, in text order; never empty
 */
public record ActorSuggestion(String name, ActorKind kind, List<TextSpan> mentions) {
    public ActorSuggestion {
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an actor suggestion needs a mention");
        }
    }

    /** Where the article first names them. */
    public int start() {
        return mentions.get(0).start();
    }

    public int end() {
        return mentions.get(0).end();
    }

    /** The same actor with only these mentions (those an editor did not reject). */
    public ActorSuggestion withMentions(List<TextSpan> kept) {
        return new ActorSuggestion(name, kind, kept);
    }
}
