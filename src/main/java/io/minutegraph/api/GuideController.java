package io.minutegraph.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.minutegraph.store.CypherFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Neo4j Browser guide of the saved queries: {@code :play http://localhost:8080/guide} in Browser shows one slide
 * a query, with what it answers, its parameters and the query, each click-to-run. Built from the same files the
 * service runs ({@code cypher/queries/}).
 */
@Controller
public class GuideController {

    /** The saved queries, in the order the guide shows them; a test checks none in cypher/queries/ is left out. */
    public static final List<String> QUERIES = List.of("who-owns", "owners-evidence", "track-owners", "tracks",
            "track-status", "person-profile", "person-meetings", "person-action-items", "open-action-items",
            "release-plans", "releases", "team-meetings", "team-activity", "timeline", "topics-per-quarter",
            "topics-by-meetings", "events-by-year", "meeting-attendance", "graph-overview", "people-last-seen",
            "latest-meeting", "track-names", "graph-version");

    private static final Pattern PARAM = Pattern.compile("^//\\s*@param\\s+(\\w+):\\s*(.+)$");

    /**
     * The guide. Browser fetches it from the page it runs in; it allows {@code :play} from {@code localhost} only,
     * so the guide may be asked for across origins (localhost against 127.0.0.1): it is public and read-only.
     */
    @Get(uri = "/guide", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> guide() {
        return HttpResponse.ok(html()).header("Access-Control-Allow-Origin", "*");
    }

    private static String html() {
        StringBuilder html = new StringBuilder("""
                <article class="guide">
                  <carousel class="deck container-fluid">
                    <slide class="row-fluid">
                      <div class="col-sm-12">
                        <h3>Minutegraph: the saved queries</h3>
                        <p>Meetings, people, teams, tracks, releases, events and action items from the notes, each fact
                        with the file and line it came from. Each slide is one query of <code>cypher/queries/</code>:
                        click its parameters, then the query, to run them.</p>
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
        for (String line : text.split("\n")) {
            Matcher param = PARAM.matcher(line.strip());
            if (param.matches()) {
                params.add(":param " + param.group(1) + " => " + param.group(2).strip());
            } else if (line.strip().startsWith("//")) {
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
