package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.SpeakerNames;
import org.crosscheck.model.Statement;
import org.crosscheck.model.TrackRecord.Entry;
import org.crosscheck.model.TrackRecord.Kind;
import org.crosscheck.model.TrackRecord;
import org.crosscheck.model.Verdict;

/**
 * Every speaker's and every outlet's track record across the project: the figures each gave,
 * group by group and story by story, in the order of the times they hold for, and how often a
 * figure was later contradicted by another origin or revised by its own. A speaker is the origin of
 * a statement's chain ("Kabulov" and "Zamir Kabulov" are one); an outlet is any agency or outlet in
 * a chain, the article's own included. Pure.
 */
public final class TrackRecords {

    private TrackRecords() {
    }

    /** The track records of the groups' speakers, then of their outlets, each list by most statements first. */
    public static List<TrackRecord> of(List<ComparisonGroup> groups) {
        List<Builder> speakers = new ArrayList<>();
        List<Builder> outlets = new ArrayList<>();
        for (ComparisonGroup group : groups) {
            for (int position = 0; position < group.statements().size(); position++) {
                Statement statement = group.statements().get(position);
                Entry entry = entry(group, position);
                String origin = Origins.name(statement);
                find(speakers, origin, Kind.SPEAKER, statement).entries.add(entry);
                List<String> links = statement.chain().links();
                for (int link = statement.chain().speaker().isEmpty() ? 0 : 1; link < links.size(); link++) {
                    Builder outlet = find(outlets, links.get(link), Kind.OUTLET, statement);
                    if (!outlet.entries.contains(entry)) {
                        outlet.entries.add(entry);
                    }
                }
            }
        }
        List<TrackRecord> records = new ArrayList<>();
        for (List<Builder> kind : List.of(speakers, outlets)) {
            kind.stream().map(Builder::build)
                    .sorted(Comparator.comparingInt((TrackRecord record) -> record.entries().size()).reversed()
                            .thenComparing(TrackRecord::name, String.CASE_INSENSITIVE_ORDER))
                    .forEach(records::add);
        }
        return records;
    }

    private static Entry entry(ComparisonGroup group, int position) {
        Statement statement = group.statements().get(position);
        boolean contradicted = false;
        boolean revised = false;
        for (PairVerdict pair : group.verdicts()) {
            int other = pair.a() == position ? pair.b() : pair.b() == position ? pair.a() : -1;
            if (other < 0 || !later(group.statements().get(other), statement)) {
                continue;
            }
            boolean sameOrigin = Origins.same(statement, group.statements().get(other));
            contradicted |= !sameOrigin && pair.verdict() == Verdict.CONTRADICTS;
            revised |= sameOrigin && pair.verdict() != Verdict.AGREES && pair.verdict() != Verdict.DIFFERENT_SCOPE;
        }
        return new Entry(group.name(), statement, statement.when(), contradicted, revised);
    }

    private static boolean later(Statement other, Statement statement) {
        return other.when().isKnown() && statement.when().isKnown() && other.when().date().isAfter(statement.when().date());
    }

    private static Builder find(List<Builder> builders, String name, Kind kind, Statement statement) {
        boolean described = kind == Kind.SPEAKER && SpeakerNames.isDescription(name);
        for (Builder builder : builders) {
            boolean sameArticle = builder.entries.get(0).statement().claim().sourceId() == statement.claim().sourceId();
            if (SpeakerNames.samePerson(builder.name, name) && (!described || sameArticle)) {
                if (name.length() > builder.name.length() && SpeakerNames.isPersonName(name)) {
                    builder.name = name;
                }
                return builder;
            }
        }
        Builder made = new Builder(name, kind);
        builders.add(made);
        return made;
    }

    private static final class Builder {
        private String name;
        private final Kind kind;
        private final List<Entry> entries = new ArrayList<>();

        Builder(String name, Kind kind) {
            this.name = name;
            this.kind = kind;
        }

        TrackRecord build() {
            List<Entry> ordered = new ArrayList<>(entries);
            ordered.sort(Comparator.comparing((Entry entry) -> entry.holdsFor().isKnown() ? entry.holdsFor().date()
                    : java.time.LocalDate.MAX).thenComparing(entry -> entry.statement().published().isKnown()
                    ? entry.statement().published().date() : java.time.LocalDate.MAX));
            return new TrackRecord(name, kind, ordered);
        }
    }
}
