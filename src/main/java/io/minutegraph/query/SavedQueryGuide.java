package io.minutegraph.query;

import io.minutegraph.store.CypherFile;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Neo4j Browser guide of the saved queries: one slide a query, with what it answers, its parameters and the query,
 * each click-to-run. Built from the same files the service runs ({@code cypher/queries/}); what it shows is
 * HTML-escaped.
 */
@Singleton
public class SavedQueryGuide {

    /** The saved queries, in the order the guide shows them; a test checks none in cypher/queries/ is left out. */
    public static final List<String> QUERIES = List.of("who-owns", "track-owners", "tracks",
            "track-status", "person-profile", "person-meetings", "person-action-items", "person-open-action-items",
            "open-action-items", "decisions-about", "proposal-history",
            "release-plans", "releases", "team-meetings", "met-with", "team-activity", "timeline", "topics-per-quarter",
            "topics-by-meetings", "events-by-year", "meeting-attendance", "evidence-links", "graph-overview",
            "people-last-seen", "latest-meeting", "track-names", "feature-spellings", "graph-version");

    private static final Pattern PARAM = Pattern.compile("^//\\s*@param\\s+(\\w+):\\s*(.+)$");

    private final String html = build();

    /** The guide, as Browser plays it. */
    public String html() {
        return html;
    }

    private static String build() {
        StringBuilder html = new StringBuilder("""
                <article class="guide">
                  <carousel class="deck container-fluid">
                    <slide class="row-fluid">
                      <div class="col-sm-12">
                        <h3>Minutegraph: the saved queries</h3>
                        <p>Meetings, people, teams, tracks, releases, events, action items, decisions and proposals
                        from the notes, each fact with the file and line it came from. Each slide is one query of
                        <code>cypher/queries/</code>: click its parameters, then the query, to run them.</p>
                      </div>
                    </slide>
                """);
        for (String name : QUERIES) {
            html.append(slide(name, CypherFile.load("queries/" + name + ".cypher").text()));
        }
        return html.append("  </carousel>\n</article>\n").toString();
    }

    private static String slide(String name, String text) {
        List<String> about = new ArrayList<>();
        List<String> params = new ArrayList<>();
        StringBuilder query = new StringBuilder();
        // The comments before the query say what it answers; those within it stay with the lines they explain.
        for (String line : text.split("\n")) {
            Matcher param = PARAM.matcher(line.strip());
            if (param.matches()) {
                params.add(":param " + param.group(1) + " => " + param.group(2).strip());
            } else if (line.strip().startsWith("//") && query.isEmpty()) {
                about.add(line.strip().substring(2).strip());
            } else if (!line.isBlank()) {
                query.append(line).append('\n');
            }
        }
        StringBuilder slide = new StringBuilder("    <slide class=\"row-fluid\">\n      <div class=\"col-sm-4\">\n")
                .append("        <h3>").append(escape(name.replace('-', ' '))).append("</h3>\n")
                .append("        <p>").append(escape(String.join(" ", about))).append("</p>\n      </div>\n")
                .append("      <div class=\"col-sm-8\">\n");
        for (String param : params) {
            slide.append("        <pre class=\"code runnable\">").append(escape(param)).append("</pre>\n");
        }
        return slide.append("        <pre class=\"code runnable\">").append(escape(query.toString().strip()))
                .append("</pre>\n      </div>\n    </slide>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
