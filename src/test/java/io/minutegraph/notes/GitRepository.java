package io.minutegraph.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real git repository made with the git program, for tests of what Minutegraph reads from one. */
public final class GitRepository {

    private final Path root;

    private GitRepository(Path root) {
        this.root = root;
    }

    /** {@code git init} in {@code root} with a fixed author and {@code main} as the branch. */
    public static GitRepository init(Path root, String... options) throws IOException {
        Files.createDirectories(root);
        GitRepository repo = new GitRepository(root);
        List<String> init = new ArrayList<>(List.of("init", "-q", "-b", "main"));
        init.addAll(List.of(options));
        repo.git(init.toArray(String[]::new));
        repo.git("config", "user.email", "test@minutegraph.io");
        repo.git("config", "user.name", "Test");
        repo.git("config", "core.autocrlf", "false");
        return repo;
    }

    public Path root() {
        return root;
    }

    public Path write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** Adds everything and commits; returns the new commit's id. */
    public String commitAll(String message) throws IOException {
        git("add", "-A");
        git("commit", "-q", "-m", message);
        return git("rev-parse", "HEAD").strip();
    }

    /** Runs git in the repository and returns what it printed; fails the test when git fails. */
    public String git(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!git.waitFor(60, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (git.exitValue() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }
}
