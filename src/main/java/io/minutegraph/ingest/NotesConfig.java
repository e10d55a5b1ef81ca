package io.minutegraph.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The notes folder ({@code minutegraph.notes.*}).
 *
 * @param dir       the folder {@code serve} ingests
 * @param sourceUrl where a person reads a note's line on the web, as a template of {@code {path}} (the note's path
 *                  in the folder), {@code {line}} and {@code {commit}}; empty: from the folder's git remote, when it
 *                  is on GitHub, GitLab, Codeberg or another Gitea or Forgejo
 * @param gazetteer a features file for notes folders whose own settings ({@code minutegraph.yml}) name none
 */
@ConfigurationProperties("minutegraph.notes")
public record NotesConfig(@Bindable(defaultValue = "notes") String dir, @Nullable String sourceUrl,
                          @Nullable String gazetteer) {
}
