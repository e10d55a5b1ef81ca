package io.minutegraph.graph;

/**
 * A role a project declares for a person in a team: {@code (:Person)-[:MAINTAINS|REVIEWS {source}]->(:Team)}.
 *
 * @param team   the team's name
 * @param role   {@code maintainer} or {@code reviewer}
 * @param person who
 * @param source the declaring file
 */
public record TeamRole(String team, String role, PersonRef person, String source) {
}
