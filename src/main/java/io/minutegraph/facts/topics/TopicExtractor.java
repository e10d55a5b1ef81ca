package io.minutegraph.facts.topics;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.graph.Keys;
import io.minutegraph.graph.Provenance;
import io.minutegraph.notes.Heading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Topics from section headings: {@code ### Post 0.8 release} gives the topic "Post 0.8 release".
 *
 * <p>Headings that only structure a note (Agenda, Discussions, TODOs and Decisions, ...) are not topics. Emoji,
 * {@code :shortcode:} emoji and Markdown emphasis are dropped from the name.
 */
public final class TopicExtractor implements Annotator {

    public static final Layer<List<TopicMention>> TOPICS = new Layer<>("topics");

    /** Folded headings that name a part of a note rather than what was discussed. */
    public static final Set<String> STRUCTURAL = Set.of(
            "agenda", "discussion", "discussions", "notes", "meeting notes", "minutes", "summary",
            "todo", "todos", "to do", "to dos", "tasks", "action items", "actions", "decisions",
            "todos and decisions", "todo and decisions", "to dos and decisions", "decisions and todos",
            "participants", "attendees", "other", "others", "aob", "misc", "miscellaneous");

    private static final Pattern SHORTCODE = Pattern.compile(":[a-z0-9_+-]+:");
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Cs}\\x{FE0F}\\x{200D}]");
    private static final Pattern MARKUP = Pattern.compile("[*_`]+");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(TOPICS);
    }

    @Override
    public void annotate(NoteDocument note) {
        note.put(TOPICS, extract(note));
    }

    List<TopicMention> extract(NoteDocument note) {
        List<TopicMention> topics = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Heading heading : note.headings()) {
            if (note.heading().filter(heading::equals).isPresent()) {
                continue; // a meeting's own dated heading, in a file of several
            }
            String name = clean(heading.text());
            String id = Keys.fold(name);
            if (!id.isEmpty() && !STRUCTURAL.contains(id) && seen.add(id)) {
                topics.add(new TopicMention(id, name,
                        new Provenance(note.source(), heading.line(), note.line(heading.line()).strip())));
            }
        }
        return topics;
    }

    /** A heading as a topic's name: emoji, shortcodes and emphasis dropped. */
    public static String clean(String heading) {
        String text = SHORTCODE.matcher(heading).replaceAll(" ");
        text = SYMBOLS.matcher(text).replaceAll(" ");
        text = MARKUP.matcher(text).replaceAll("");
        return text.replaceAll("\\s+", " ").replaceAll("^[\\s:.-]+|[\\s:]+$", "");
    }
}
