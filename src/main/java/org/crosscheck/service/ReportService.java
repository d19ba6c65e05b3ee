package org.crosscheck.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Tag;
import org.crosscheck.report.HtmlReportWriter;
import org.crosscheck.report.PdfReportWriter;
import org.crosscheck.report.ReportBuilder;
import org.crosscheck.report.ReportDocument;
import org.crosscheck.report.ReportInput;

/**
 * The comparison report: built once from the project and written as PDF or HTML (the window
 * prints the PDF's pages). Blocking; call it from a background thread. Needs no JavaFX toolkit:
 * the charts are vector drawings.
 */
public final class ReportService {

    private final Workbench workbench;

    ReportService(Workbench workbench) {
        this.workbench = workbench;
    }

    public ReportDocument build(ReportScope scope) {
        return build(scope, Progress.NONE);
    }

    public ReportDocument build(ReportScope scope, Progress progress) {
        Comparison comparison = workbench.comparison().compare();
        List<ComparisonGroup> all = comparison.groups();
        if (scope.confirmedOnly()) {
            all = all.stream().map(org.crosscheck.compare.ComparedGroups::confirmedOnly).filter(group -> !group.statements().isEmpty())
                    .toList();
        }
        List<ComparisonGroup> chosen = scope.tag().isEmpty() ? choose(all, scope) : tagged(all, scope.tag());
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("There is nothing to report for " + scope.description()
                    + ": no group compares two statements yet.");
        }
        org.crosscheck.report.ReportDocument report = ReportBuilder.build(new ReportInput(
                workbench.project().displayName(), LocalDate.now(),
                scope.description(), chosen, glances(comparison, chosen), workbench.library().all(), workbench.tags().all(),
                workbench.sourceColours().slots(), claimsOfSource()),
                (done, total) -> progress.update(done, total, "Setting out group " + (done + 1) + " of " + total));
        return graded(report, chosen, originGrades(chosen));
    }

    /** The chosen groups at a glance, by id: those the window has shown already are not summarised again. */
    private static java.util.Map<String, org.crosscheck.model.GroupAtAGlance> glances(Comparison comparison,
                                                                                     List<ComparisonGroup> groups) {
        java.util.Map<String, org.crosscheck.model.GroupAtAGlance> glances = new java.util.HashMap<>();
        groups.forEach(group -> glances.put(group.id(), comparison.glance(group)));
        return glances;
    }

    /** The grade the researcher gave each origin of the groups, by the origin's name ({@link OriginGrades}). */
    private java.util.Map<String, String> originGrades(List<ComparisonGroup> groups) {
        OriginGrades given = workbench.grades().ofOrigins();
        java.util.Map<String, String> grades = new java.util.HashMap<>();
        for (ComparisonGroup group : groups) {
            for (org.crosscheck.model.Origin origin : group.origins()) {
                given.of(origin.name()).ifPresent(grade -> grades.put(origin.name(), grade));
            }
        }
        return grades;
    }

    /**
     * The report with each origin's grade beside its name, where the researcher graded it: "Zamir
     * Kabulov (graded C3): 5 statements in 2 articles …". The sections are the groups', in order.
     */
    private static org.crosscheck.report.ReportDocument graded(org.crosscheck.report.ReportDocument report,
                                                               List<ComparisonGroup> groups,
                                                               java.util.Map<String, String> grades) {
        if (grades.isEmpty() || report.groups().size() != groups.size()) {
            return report;
        }
        List<org.crosscheck.report.GroupSection> sections = new java.util.ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            org.crosscheck.report.GroupSection section = report.groups().get(i);
            List<String> lines = new java.util.ArrayList<>(section.origins());
            List<org.crosscheck.model.Origin> origins = groups.get(i).origins();
            for (int line = 0; line < lines.size() && line < origins.size(); line++) {
                String name = origins.get(line).name();
                String grade = grades.get(name);
                if (grade != null && lines.get(line).startsWith(name + ":")) {
                    lines.set(line, name + " (graded " + grade + ")" + lines.get(line).substring(name.length()));
                }
            }
            sections.add(section.withOrigins(lines));
        }
        return report.withGroups(sections);
    }

    /** The claims of each source, as the library counts them. */
    private java.util.Map<Long, Integer> claimsOfSource() {
        java.util.Map<Long, Integer> claims = new java.util.HashMap<>();
        workbench.library().summaries().forEach(summary -> claims.put(summary.id(), summary.claimCount()));
        return claims;
    }

    public byte[] pdf(ReportScope scope) {
        return pdf(scope, Progress.NONE);
    }

    public byte[] pdf(ReportScope scope, Progress progress) {
        ReportDocument document = build(scope, progress);
        progress.update(1, 1, "Laying out the pages");
        return new PdfReportWriter().write(document);
    }

    /** Writes the report as PDF or HTML, by the file's extension. */
    public Path export(ReportScope scope, Path file) {
        return export(scope, file, Progress.NONE);
    }

    public Path export(ReportScope scope, Path file, Progress progress) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".pdf") && !name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new IllegalArgumentException("A report is written as .pdf or .html, not " + file.getFileName());
        }
        return WholeFile.write(file, progress, partial -> {
            if (name.endsWith(".pdf")) {
                Files.write(partial, pdf(scope, progress));
            } else {
                new HtmlReportWriter().write(build(scope, progress), partial);
            }
        });
    }

    static List<ComparisonGroup> choose(List<ComparisonGroup> groups, ReportScope scope) {
        if (!scope.groupNames().isEmpty()) {
            return scope.groupNames().stream().map(name -> find(groups, name)).toList();
        }
        return groups.stream().filter(group -> group.statements().size() >= 2).toList();
    }

    private static ComparisonGroup find(List<ComparisonGroup> groups, String name) {
        Optional<ComparisonGroup> found = groups.stream()
                .filter(group -> group.name().equalsIgnoreCase(name.strip()) || group.id().equals(name)).findFirst();
        return found.orElseThrow(() -> new IllegalArgumentException("No group is called “" + name + "”. Groups: "
                + String.join("; ", groups.stream().map(ComparisonGroup::name).toList())));
    }

    /** Groups with at least one statement carrying the tag. */
    List<ComparisonGroup> tagged(List<ComparisonGroup> groups, String tagName) {
        Tag tag = workbench.tags().all().stream().filter(t -> t.name().equalsIgnoreCase(tagName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No tag is called “" + tagName + "”."));
        return groups.stream().filter(group -> group.statements().stream()
                .anyMatch(statement -> statement.claim().tagIds().contains(tag.id()))).toList();
    }
}
