package io.minutegraph.annotate;

import java.util.List;
import java.util.Objects;

/**
 * A speaker label at the start of a line.
 *
 * @param raw   the label as written, without markup, brackets and its colon ("AJ/RD", "Yosh Wuyts", "cramertj",
 *              "Riaan"), a remark after it kept ("DS (chat)", "BB (Neutral)"); the people it names are in {@code parts}
 * @param kind  INITIALS (all parts are initials: "SC", "SjK", "MSch", "AJ/RD"), or NAME (first name, full name or
 *              handle)
 * @param parts the people the label names, as written ("AJ/RD" -> [AJ, RD], "BT &amp; DB" -> [BT, DB],
 *              "Yosh Wuyts" -> [Yosh Wuyts])
 * @param weak  true for conventions that are often not speakers ("Name, text" list items; a lone capitalised word
 *              before a colon that could be an ordinary word): such a label counts only if it names an attendee of
 *              the note
 * @param said  what the speaker says on this line, label and markup removed
 */
public record SpeakerLabel(String raw, Kind kind, List<String> parts, boolean weak, String said) {

    public enum Kind { INITIALS, NAME }

    public SpeakerLabel {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(said, "said");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a speaker label names at least one person: " + raw);
        }
    }
}
