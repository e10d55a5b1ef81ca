package io.minutegraph.owners;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The answer to "who owns track X", as {@code cypher/queries/who-owns.cypher} ranks it: the same for
 * {@code GET /api/owners}, {@code minutegraph owners} and GraphQL's {@code owners}.
 *
 * @param track   the track as asked
 * @param terms   the spellings it was matched by (its own and, for a feature, every alias)
 * @param asOf    the date the answer holds for: asked, else the newest meeting's
 * @param candidates how many people the evidence names: {@code owners} holds the first of them
 * @param owners  people ranked: statements in the notes, then declared maintainers, then assignees of action items
 *                on the track, then those attending its team's meetings
 * @param remarks where the notes and the declared maintainers disagree, and handovers
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OwnersAnswer(String track, List<String> terms, String asOf, int candidates, List<Owner> owners,
                           List<String> remarks) {

    /** The same answer with only the first {@code limit} owners (the remarks still speak of them all). */
    public OwnersAnswer first(int limit) {
        return owners.size() <= limit ? this
                : new OwnersAnswer(track, terms, asOf, candidates, List.copyOf(owners.subList(0, limit)), remarks);
    }

    /**
     * One owner.
     *
     * @param role     lead, maintainer, assignee or contributor: the strongest the evidence gives
     * @param score    the evidence weighed by kind, confidence and age (docs/owners.md)
     * @param since    the earliest evidence of that role
     * @param lastSeen the last meeting they attended or spoke at, up to {@code asOf}
     * @param current  seen within a year of {@code asOf} and not handed over to someone else since
     * @param evidence newest first, at most ten
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Owner(PersonSummary person, String role, double score, String since, String lastSeen,
                        boolean current, List<Evidence> evidence) {
    }

    @Serdeable
    public record PersonSummary(String id, String name) {
    }

    /**
     * @param kind statement, maintains, reviews, action item or attended
     * @param date the meeting's date, or null for a declaration
     * @param line the line in {@code source}, or null for a declaration
     * @param url  where that line can be read on the web, at the commit ingested; null when the notes folder gives
     *             no such place
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Evidence(String kind, String source, Integer line, String url, String date, String text) {
    }
}
