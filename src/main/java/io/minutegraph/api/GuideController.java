package io.minutegraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Options;
import io.minutegraph.store.CypherFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Neo4j Browser guide of the saved queries, which Browser plays once it connects ({@code :play
 * http://127.0.0.1:8080/guide}): one slide a query, with what it answers, its parameters and the query, each
 * click-to-run. Built from the same files the service runs ({@code cypher/queries/}).
 *
 * <p>Browser fetches a guide with its own request headers, so a page opened at {@code localhost} asking the guide at
 * {@code 127.0.0.1} first sends a CORS preflight; both are answered for the origins this service serves
 * ({@link ServedOrigins}), and for no other.
 */
@Controller
public class GuideController {

    /** The saved queries, in the order the guide shows them; a test checks none in cypher/queries/ is left out. */
    public static final List<String> QUERIES = List.of("who-owns", "track-owners", "tracks",
            "track-status", "person-profile", "person-meetings", "person-action-items", "person-open-action-items",
            "open-action-items", "decisions-about", "proposal-history",
            "release-plans", "releases", "team-meetings", "met-with", "team-activity", "timeline", "topics-per-quarter",
            "topics-by-meetings", "events-by-year", "meeting-attendance", "evidence-links", "graph-overview",
            "people-last-seen", "latest-meeting", "track-names", "feature-spellings", "graph-version");

    private static final Pattern PARAM = Pattern.compile("^//\\s*@param\\s+(\\w+):\\s*(.+)$");
    private static final String HTML = html();

    private final ServedOrigins served;

    public GuideController(ServedOrigins served) {
        this.served = served;
    }

    @Get(uri = "/guide", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> guide(HttpRequest<?> request) {
        return allowOrigin(HttpResponse.ok(HTML), request);
    }

    /** The preflight of a guide request from another origin of this service. */
    @Options("/guide")
    public HttpResponse<?> preflight(HttpRequest<?> request,
                                     @Nullable @io.micronaut.http.annotation.Header(
                                             HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS) String headers) {
        MutableHttpResponse<?> response = allowOrigin(HttpResponse.noContent(), request);
        if (response.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET");
            if (headers != null && !headers.isBlank()) {
                response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers);
            }
            response.header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
        }
        return response;
    }

    private <T> MutableHttpResponse<T> allowOrigin(MutableHttpResponse<T> response, HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        response.header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        if (served.serves(origin, ServedOrigins.port(request))) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        }
        return response;
    }

    private static String html() {
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
