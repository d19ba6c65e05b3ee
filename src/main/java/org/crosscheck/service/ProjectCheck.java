package org.crosscheck.service;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ingest.ContentHash;
import org.crosscheck.model.Source;
import org.crosscheck.model.ProjectBackup;
import org.crosscheck.store.Backups;
import org.crosscheck.store.Database;
import org.crosscheck.store.IntegrityCheck;
import org.crosscheck.store.SourceRepository;

/**
 * Help › Check project: reads the whole project to find what is damaged, and lists the copies
 * it could be restored from. Reads only; blocking.
 */
public final class ProjectCheck {

    /** The outcome: problems in plain sentences (none when all is well), what was read, the copies there are. */
    public record Result(List<String> problems, long rowsRead, int articles, List<ProjectBackup> backups) {

        public boolean isHealthy() {
            return problems.isEmpty();
        }
    }

    private final Database database;
    private final SourceRepository sources = new SourceRepository();

    ProjectCheck(Database database) {
        this.database = database;
    }

    public Result run(Progress progress) {
        IntegrityCheck.Findings findings = IntegrityCheck.run(database,
                (done, total) -> progress.update(done, total + 1, "Reading the project"));
        List<String> problems = new ArrayList<>(findings.problems());
        progress.update(1, 1, "Checking the articles' texts");
        int articles = 0;
        if (problems.isEmpty()) {
            List<Source> all = database.inTransaction("read the articles", sources::all);
            articles = all.size();
            long changed = all.stream().filter(source -> !ContentHash.of(source.text()).equals(source.contentHash()))
                    .count();
            if (changed > 0) {
                problems.add(changed + (changed == 1 ? " article's text no longer matches" : " articles' texts no "
                        + "longer match") + " the fingerprint taken when it was imported: the text was damaged.");
            }
        }
        return new Result(problems, findings.rowsRead(), articles, database.project() instanceof org.crosscheck.store.ProjectFile file
                ? Backups.of(file) : List.of()); // a server's backups are the server's, not ours to list
    }
}
