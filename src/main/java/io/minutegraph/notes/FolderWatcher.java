package io.minutegraph.notes;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a notes folder and its subfolders (new ones included, hidden ones not) and calls back once a burst of
 * changes to notes has been quiet for a moment: an editor's save, a {@code git pull} of many files, a folder
 * copied in. The callback runs on the watcher's own thread.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final Path root;
    private final Duration quiet;
    private final Runnable changed;
    private final WatchService service;
    private final Thread thread;

    private FolderWatcher(Path root, Duration quiet, Runnable changed) throws IOException {
        this.root = root;
        this.quiet = quiet;
        this.changed = changed;
        this.service = root.getFileSystem().newWatchService();
        register(root);
        this.thread = new Thread(this::loop, "notes-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching.
     *
     * @param quiet   how long no further change must come before {@code changed} runs
     * @param changed what to do after a burst of changes
     */
    public static FolderWatcher start(Path folder, Duration quiet, Runnable changed) {
        try {
            FolderWatcher watcher = new FolderWatcher(folder.toAbsolutePath().normalize(), quiet, changed);
            watcher.thread.start();
            LOG.info("Watching {} for changed notes", watcher.root);
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch notes folder " + folder, e);
        }
    }

    private void loop() {
        try {
            while (true) {
                boolean relevant = handle(service.take());
                WatchKey more;
                while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= handle(more);
                }
                if (relevant) {
                    run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void run() {
        try {
            changed.run();
        } catch (RuntimeException e) {
            LOG.error("Handling changed notes in {} failed: {}", root, e.getMessage(), e);
        }
    }

    /** Whether the events of a key touch notes (or folders, which may hold notes); registers new folders. */
    private boolean handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                relevant = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (NotesFolder.isHidden(path)) {
                continue;
            }
            boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
            if (folder && event.kind() == ENTRY_CREATE) {
                register(path);
            }
            relevant |= folder || NotesFolder.isNote(path) || event.kind() == ENTRY_DELETE;
        }
        key.reset();
        return relevant;
    }

    private void register(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root) && NotesFolder.isHidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot watch {}: {}", folder, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.warn("Closing the watch on {}: {}", root, e.getMessage());
        }
        thread.interrupt();
    }
}
