package io.minutegraph.facts.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of notes names on a code forge: links to repositories and to their issues, pull and merge requests on
 * GitHub, GitLab (gitlab.com or a GitLab of its own, {@code gitlab.example.org}) and Codeberg, and the short forms
 * people write ({@code nodejs/node#45993}, {@code lang-team#96}, {@code RFC 2229}, {@code PR #291}).
 *
 * <p>A link to anything else on a forge is not a reference: a person's or an organisation's profile, a file or folder
 * of a repository (its docs; but an RFC's text, {@code rfcs/blob/master/text/2229-capture.md}, is RFC 2229), its
 * releases, projects, milestones, wiki, a list of issues, an image. A short form is
 * read as written; which repository a {@code repo#N}, an {@code RFC N} or a bare {@code #N} means is for the caller to
 * settle, with what the note and its folder link.
 */
final class ForgeReferences {

    enum Kind {
        /** A link to a repository's front page: {@code https://github.com/WebAssembly/extended-const}. */
        REPOSITORY,
        /** An issue, pull or merge request, linked or written {@code owner/repo#N}. */
        ISSUE,
        /** {@code repo#N}: the owner left to the reader. */
        SHORT,
        /** {@code RFC 2229}, {@code RFC #2229}: a number of a repository named rfcs. */
        RFC,
        /** {@code PR #291}, {@code issue #35}, an agenda item ending in {@code #1880}: the repository left out. */
        BARE
    }

    /**
     * A reference as written.
     *
     * @param owner  the owner (GitLab: the group path), or null when not written
     * @param repo   the repository's name, or null for {@link Kind#BARE}
     * @param number the issue's or request's number, or null for a repository
     * @param sign   {@code #} for issues and pull requests, {@code !} for GitLab's merge requests
     * @param url    the address linked, or null
     * @param text   a link's words, or null
     * @param start  where it starts in the line
     * @param end    where it ends in the line
     */
    record Reference(Kind kind, String owner, String repo, String number, char sign, String url, String text,
                     int start, int end) {

        /** {@code owner/repo}, or null when the owner is not written. */
        String repository() {
            return owner == null || repo == null ? null : owner + "/" + repo;
        }
    }

    private static final int I = Pattern.CASE_INSENSITIVE;
    private static final Pattern MARKDOWN_LINK = Pattern.compile("(!?)\\[((?:[^\\[\\]]|\\[[^\\[\\]]*])*)]\\(\\s*<?"
            + "([^()\\s<>]*(?:\\([^()\\s]*\\)[^()\\s<>]*)*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern FORGE_URL = Pattern.compile("(?<![\\w@./-])(?:https?://)?(?:www\\.)?"
            + "(github\\.com|gitlab\\.com|gitlab\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+|codeberg\\.org)"
            + "/([^\\s<>()\\[\\]\"'`|]+)", I);
    private static final Pattern NUMBER_SIGN = Pattern.compile("[#!](\\d{1,7})\\b");
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9][\\w.-]*(?:/[A-Za-z0-9][\\w.-]*)*");
    private static final Pattern REPO = Pattern.compile("[\\w.-]*[\\w-]");
    private static final Pattern RFC = Pattern.compile("(?<![\\w/#-])RFCs?[ -]?#?\\s?(\\d{1,5})\\b");
    /** The words before a bare {@code #N} that say it is an issue or a pull request. */
    private static final Pattern ISSUE_WORD = Pattern.compile("\\b(?:pull\\s+requests?|merge\\s+requests?|prs?|mrs?"
            + "|issues?|bugs?|tickets?|pulls?)\\s*:?\\s*$", I);
    /** Words before {@code #N} that are no repository: "issue#76" is issue 76. */
    private static final Set<String> NOT_REPOSITORIES = Set.of("issue", "issues", "pr", "prs", "pull", "pulls", "mr",
            "bug", "bugs", "ticket", "tickets", "task", "tasks", "item", "items", "number", "no", "nr", "step",
            "point", "page", "comment", "option", "week", "version", "v", "slide", "slides", "part",
            "phase", "stage", "section", "chapter", "round", "meeting", "sprint", "channel", "line", "rule", "id",
            "c", "f", "x");
    /** First parts of a GitHub path that are GitHub's own pages, not an owner. */
    private static final Set<String> GITHUB_PAGES = Set.of("orgs", "settings", "sponsors", "marketplace", "features",
            "apps", "topics", "users", "login", "logout", "join", "notifications", "search", "collections", "explore",
            "about", "pricing", "enterprise", "site", "security", "codespaces", "new", "pulls", "issues", "trending",
            "events", "customer-stories", "readme", "team", "contact", "dashboard", "account", "organizations",
            "user-attachments", "watching", "stars", "discussions", "advisories", "github-copilot", "copilot",
            "solutions", "resources", "home", "mobile", "signup", "password_reset", "blog", "git-guides");
    /** First parts of a GitLab path that are GitLab's own pages. */
    private static final Set<String> GITLAB_PAGES = Set.of("users", "explore", "help", "dashboard", "groups",
            "admin", "profile", "search", "-", "api", "uploads", "assets", "projects");
    private static final Set<String> ISSUE_PAGES = Set.of("issues", "pull", "pulls", "discussions");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}");
    private static final Pattern RFC_TEXT = Pattern.compile("0*(\\d{1,5})-");

    private ForgeReferences() {
    }

    /** The references a line names, in the order they stand. */
    static List<Reference> find(String line) {
        List<Reference> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        if (line.indexOf('[') >= 0) {
            Matcher link = MARKDOWN_LINK.matcher(line);
            while (link.find()) {
                Reference r = link.group(1).isEmpty() ? link(link.group(3)) : null;
                if (r != null) {
                    // "[#54563](https://github.com/nodejs/node/pull/54563)": the words are the link's
                    taken.add(new int[] {link.start(), link.end()});
                    found.add(new Reference(r.kind(), r.owner(), r.repo(), r.number(), r.sign(), r.url(),
                            link.group(2).strip(), link.start(), link.end()));
                } else {
                    // "[RFC 2797](https://paper.dropbox.com/…)": the words still name what they name
                    taken.add(new int[] {link.group(1).isEmpty() ? link.start(3) : link.start(), link.end()});
                }
            }
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.contains("github") || lower.contains("gitlab") || lower.contains("codeberg")) {
            Matcher url = FORGE_URL.matcher(line);
            while (url.find()) {
                if (!inside(taken, url.start())) {
                    taken.add(new int[] {url.start(), url.end()});
                    Reference r = link(url.group());
                    if (r != null) {
                        found.add(new Reference(r.kind(), r.owner(), r.repo(), r.number(), r.sign(), r.url(), null,
                                url.start(), url.end()));
                    }
                }
            }
        }
        if (line.contains("RFC")) {
            Matcher rfc = RFC.matcher(line);
            while (rfc.find()) {
                if (!inside(taken, rfc.start())) {
                    taken.add(new int[] {rfc.start(), rfc.end()});
                    found.add(new Reference(Kind.RFC, null, "rfcs", rfc.group(1), '#', null, null, rfc.start(),
                            rfc.end()));
                }
            }
        }
        if (line.indexOf('#') >= 0 || line.indexOf('!') >= 0) {
            shortForms(line, found, taken);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** {@code owner/repo#N}, {@code group/project!N}, {@code repo#N}, {@code rfc#N} and a bare {@code #N}. */
    private static void shortForms(String line, List<Reference> found, List<int[]> taken) {
        Matcher number = NUMBER_SIGN.matcher(line);
        while (number.find()) {
            int at = number.start();
            if (inside(taken, at)) {
                continue;
            }
            int from = at;
            while (from > 0 && isTokenChar(line.charAt(from - 1))) {
                from--;
            }
            if (from > 0 && "@&#!".indexOf(line.charAt(from - 1)) >= 0 || inside(taken, from)) {
                continue; // "&#123;", "##1", an address's anchor
            }
            char sign = line.charAt(at);
            String token = line.substring(from, at).replaceFirst("^[./-]+", "");
            Reference r = token.isEmpty() ? bare(line, number) : written(token, sign, number.group(1));
            if (r != null) {
                taken.add(new int[] {from, number.end()});
                found.add(new Reference(r.kind(), r.owner(), r.repo(), r.number(), r.sign(), null, null,
                        at - token.length(), number.end()));
            }
        }
    }

    /** {@code owner/repo#N}, {@code repo#N} or {@code rfc#N} as written, or null. */
    private static Reference written(String token, char sign, String number) {
        int slash = token.lastIndexOf('/');
        if (slash > 0) {
            String owner = token.substring(0, slash);
            String repo = token.substring(slash + 1);
            return OWNER.matcher(owner).matches() && REPO.matcher(repo).matches()
                    ? new Reference(Kind.ISSUE, owner, repo, number, sign, null, null, 0, 0) : null;
        }
        String folded = token.toLowerCase(Locale.ROOT);
        if (sign != '#' || !REPO.matcher(token).matches() || !Character.isLetter(token.charAt(0))) {
            return null;
        }
        if (folded.equals("rfc")) {
            return new Reference(Kind.RFC, null, "rfcs", number, '#', null, null, 0, 0);
        }
        return NOT_REPOSITORIES.contains(folded) ? null
                : new Reference(Kind.SHORT, null, token, number, '#', null, null, 0, 0);
    }

    /** A bare {@code #N} after "PR" or "issue", or ending an agenda item ("… per Project Lifecycle. #1880"). */
    private static Reference bare(String line, Matcher number) {
        if (line.charAt(number.start()) != '#') {
            return null;
        }
        boolean named = ISSUE_WORD.matcher(line.substring(Math.max(0, number.start() - 20), number.start())).find();
        boolean atEnd = line.substring(number.end()).replaceAll("[\\s).:]+", "").isEmpty();
        return named || atEnd ? new Reference(Kind.BARE, null, null, number.group(1), '#', null, null, 0, 0) : null;
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '/';
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] span : spans) {
            if (at >= span[0] && at < span[1]) {
                return true;
            }
        }
        return false;
    }

    /** The reference an address makes, or null when it is none (a profile, a file, a list, another site). */
    static Reference link(String address) {
        Matcher m = FORGE_URL.matcher(address.strip());
        if (!m.lookingAt()) {
            return null;
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        String path = m.group(2);
        int cut = indexOfAny(path, "?#");
        path = (cut >= 0 ? path.substring(0, cut) : path).replaceAll("[.,;:!]+$", "");
        String url = m.group().replaceAll("[.,;:!]+$", "");
        if (!url.regionMatches(true, 0, "http", 0, 4)) {
            url = "https://" + url;
        }
        List<String> parts = new ArrayList<>(List.of(path.split("/+")));
        parts.removeIf(String::isEmpty);
        if (host.equals("github.com") || host.equals("codeberg.org")) {
            return hosted(parts, url, host.equals("github.com"));
        }
        return gitlab(parts, url);
    }

    /** GitHub's and Codeberg's paths: owner/repo, then issues|pull|pulls|discussions/N, or tree/branch. */
    private static Reference hosted(List<String> parts, String url, boolean github) {
        if (parts.size() < 2 || github && GITHUB_PAGES.contains(parts.get(0).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String owner = parts.get(0);
        String repo = parts.get(1).replaceFirst("(?i)\\.git$", "");
        if (parts.size() == 2 || parts.size() == 4 && parts.get(2).equals("tree")
                || parts.size() == 5 && parts.get(2).equals("src") && parts.get(3).equals("branch")) {
            return new Reference(Kind.REPOSITORY, owner, repo, null, '#', url, null, 0, 0);
        }
        if (parts.size() >= 6 && repo.equalsIgnoreCase("rfcs") && parts.get(2).equals("blob")
                && parts.get(4).equals("text")) {
            // An RFC's text, named by the number of the pull request that proposed it: text/2229-capture.md
            Matcher number = RFC_TEXT.matcher(parts.get(5));
            if (number.lookingAt()) {
                return new Reference(Kind.ISSUE, owner, repo, number.group(1), '#', url, null, 0, 0);
            }
        }
        if (ISSUE_PAGES.contains(parts.get(2)) && parts.size() >= 4 && NUMBER.matcher(parts.get(3)).matches()) {
            return new Reference(Kind.ISSUE, owner, repo, parts.get(3), '#', url, null, 0, 0);
        }
        return null;
    }

    /** GitLab's paths: group/…/project, then -/issues/N or -/merge_requests/N (older addresses without the "-"). */
    private static Reference gitlab(List<String> parts, String url) {
        if (parts.isEmpty() || GITLAB_PAGES.contains(parts.get(0).toLowerCase(Locale.ROOT))) {
            return null;
        }
        int split = parts.indexOf("-");
        int restFrom = split + 1;
        if (split < 0) {
            split = parts.size();
            for (int i = 2; i < parts.size() && split == parts.size(); i++) {
                if (parts.get(i).equals("issues") || parts.get(i).equals("merge_requests")) {
                    split = i;
                }
            }
            restFrom = split;
        }
        if (split < 2) {
            return null;
        }
        String owner = String.join("/", parts.subList(0, split - 1));
        String repo = parts.get(split - 1).replaceFirst("(?i)\\.git$", "");
        List<String> rest = parts.subList(restFrom, parts.size());
        if (rest.isEmpty() || rest.size() == 2 && rest.get(0).equals("tree")) {
            return new Reference(Kind.REPOSITORY, owner, repo, null, '#', url, null, 0, 0);
        }
        if (rest.size() >= 2 && NUMBER.matcher(rest.get(1)).matches()) {
            if (rest.get(0).equals("issues")) {
                return new Reference(Kind.ISSUE, owner, repo, rest.get(1), '#', url, null, 0, 0);
            }
            if (rest.get(0).equals("merge_requests")) {
                return new Reference(Kind.ISSUE, owner, repo, rest.get(1), '!', url, null, 0, 0);
            }
        }
        return null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
