package org.crosscheck.harness;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Source;
import org.crosscheck.service.StoryService;
import org.crosscheck.service.Workbench;

/**
 * Compares a reopened project with the {@link Ledger}: every committed edit is there, nothing is
 * there that no session did, the edit in flight at the kill is there whole or not at all, and the
 * project agrees with itself (each article has all its suggestions and one story, the library's
 * counts match the claims). Then settles the edit in flight as the project shows it.
 */
final class ProjectCheck {

    /** How many suggestions the extractor makes for a text, by content hash; texts never change. */
    private final Map<String, Long> suggestionsByHash = new HashMap<>();

    List<String> check(Ledger ledger, Workbench workbench) {
        List<String> problems = new ArrayList<>();
        List<Source> sources = workbench.library().all();
        List<Claim> claims = workbench.claims().allClaims();
        Ledger.Line inFlight = ledger.inFlight();
        String flying = inFlight == null ? "" : inFlight.verb();
        Map<Long, Claim> byId = claims.stream().collect(Collectors.toMap(Claim::id, claim -> claim));

        // the sample of a new project, and the imported articles: all or nothing of the import in flight
        long sample = sources.stream().filter(source -> isSample(source.importedFrom())).count();
        boolean sampleMayBe = flying.equals("open") && inFlight.fields().get(0).equals("new");
        if (sample != (ledger.sampleCommitted ? 5 : 0) && !(sampleMayBe && (sample == 0 || sample == 5))) {
            problems.add("the project holds " + sample + " sample articles; the sessions committed "
                    + (ledger.sampleCommitted ? 5 : 0));
        }
        Set<String> imported = sources.stream().map(Source::importedFrom)
                .filter(path -> !isSample(path)).collect(Collectors.toSet());
        Set<String> withInFlight = new HashSet<>(ledger.imported);
        if (flying.equals("import")) {
            withInFlight.addAll(inFlight.fields());
        }
        if (!imported.equals(ledger.imported) && !imported.equals(withInFlight)) {
            problems.add(difference("imported articles", ledger.imported, imported));
        }

        checkManualClaims(ledger, claims, inFlight, problems);
        checkNotesAndStatuses(ledger, byId, claims, inFlight, problems);
        checkConsistency(workbench, sources, claims, problems);
        if (problems.isEmpty()) {
            InFlightEdit.settle(ledger, sample == 5, imported, claims, byId);
        }
        return problems;
    }

    private static void checkManualClaims(Ledger ledger, List<Claim> claims, Ledger.Line inFlight, List<String> problems) {
        Map<Long, Ledger.Tagged> found = new HashMap<>();
        claims.stream().filter(claim -> claim.origin() == ClaimOrigin.MANUAL).forEach(claim -> found.put(claim.id(),
                new Ledger.Tagged(claim.sourceId(), claim.start(), claim.end(), claim.kind())));
        Map<Long, Ledger.Tagged> expected = new HashMap<>(ledger.manual);
        if (inFlight != null && inFlight.verb().equals("delete") && !found.containsKey(inFlight.number(0))) {
            expected.remove(inFlight.number(0));
        }
        Map<Long, Ledger.Tagged> extra = new HashMap<>(found);
        extra.keySet().removeAll(expected.keySet());
        boolean extraIsInFlight = extra.size() == 1 && inFlight != null && inFlight.verb().equals("tag")
                && extra.values().iterator().next().sourceId() == inFlight.number(0)
                && extra.values().iterator().next().kind().name().equals(inFlight.fields().get(3));
        found.keySet().removeAll(extraIsInFlight ? extra.keySet() : Set.of());
        if (!found.equals(expected)) {
            problems.add(difference("claims tagged by hand", expected.entrySet(), found.entrySet()));
        }
    }

    private static void checkNotesAndStatuses(Ledger ledger, Map<Long, Claim> byId, List<Claim> claims,
                                              Ledger.Line inFlight, List<String> problems) {
        String flying = inFlight == null ? "" : inFlight.verb();
        for (Claim claim : claims) {
            long id = claim.id();
            Long number = claim.note().startsWith(Ledger.NOTE_PREFIX)
                    ? Long.valueOf(claim.note().substring(Ledger.NOTE_PREFIX.length())) : null;
            boolean noteInFlight = flying.equals("note") && inFlight.number(0) == id && number != null
                    && number == inFlight.number(1);
            if (!noteInFlight && !Objects.equals(number, ledger.notes.get(id))) {
                problems.add("claim " + id + " has note " + number + "; the sessions committed " + ledger.notes.get(id));
            }
            Set<ClaimStatus> allowed = EnumSet.of(expectedStatus(ledger, claim));
            if (flying.equals("status") && inFlight.number(0) == id) {
                allowed.add(ClaimStatus.valueOf(inFlight.fields().get(1)));
            }
            if (flying.equals("accept-all") && inFlight.number(0) == claim.sourceId()) {
                allowed.add(ClaimStatus.CONFIRMED);
            }
            if (!allowed.contains(claim.status())) {
                problems.add("claim " + id + " is " + claim.status() + "; the sessions committed " + allowed);
            }
        }
        Set<Long> mayBeGone = flying.equals("delete") ? Set.of(inFlight.number(0)) : Set.of();
        ledger.notes.keySet().stream().filter(id -> !byId.containsKey(id) && !mayBeGone.contains(id)).forEach(id ->
                problems.add("claim " + id + " with a committed note is gone"));
        ledger.statuses.keySet().stream().filter(id -> !byId.containsKey(id)).forEach(id ->
                problems.add("claim " + id + " with a committed judgement is gone"));
        if (flying.equals("accept-all")) {
            Set<ClaimStatus> left = claims.stream().filter(claim -> claim.sourceId() == inFlight.number(0)
                    && claim.origin() == ClaimOrigin.EXTRACTED && !ledger.statuses.containsKey(claim.id()))
                    .map(Claim::status).collect(Collectors.toSet());
            if (left.size() > 1) {
                problems.add("accepting all suggestions of source " + inFlight.number(0) + " was half done: " + left);
            }
        }
    }

    /** A hand-made claim is confirmed; a suggestion is as judged, confirmed by an accept-all, or still suggested. */
    private static ClaimStatus expectedStatus(Ledger ledger, Claim claim) {
        if (claim.origin() == ClaimOrigin.MANUAL) {
            return ClaimStatus.CONFIRMED;
        }
        ClaimStatus judged = ledger.statuses.get(claim.id());
        if (judged != null) {
            return judged;
        }
        return ledger.acceptedAll.contains(claim.sourceId()) ? ClaimStatus.CONFIRMED : ClaimStatus.SUGGESTED;
    }

    private void checkConsistency(Workbench workbench, List<Source> sources, List<Claim> claims, List<String> problems) {
        Map<Long, List<Claim>> bySource = claims.stream().collect(Collectors.groupingBy(Claim::sourceId));
        Map<Long, Long> inStories = new HashMap<>();
        for (StoryService.StoryEntry story : workbench.stories().all()) {
            story.sourceIds().forEach(id -> inStories.merge(id, 1L, Long::sum));
        }
        Map<Long, Integer> counted = new HashMap<>();
        workbench.library().summaries().forEach(summary -> counted.put(summary.id(), summary.claimCount()));
        for (Source source : sources) {
            List<Claim> own = bySource.getOrDefault(source.id(), List.of());
            long extracted = own.stream().filter(claim -> claim.origin() == ClaimOrigin.EXTRACTED).count();
            long expected = suggestionsByHash.computeIfAbsent(source.contentHash(), hash -> (long) workbench.suggestions()
                    .read(source.text(), source.published().isKnown() ? source.published().date() : null)
                    .suggestions(source.id()).size());
            if (extracted != expected) {
                problems.add(source.importedFrom() + " has " + extracted + " of its " + expected + " suggestions");
            }
            if (inStories.getOrDefault(source.id(), 0L) != 1) {
                problems.add(source.importedFrom() + " is in " + inStories.getOrDefault(source.id(), 0L) + " stories, not one");
            }
            long live = own.stream().filter(claim -> claim.status() != ClaimStatus.REJECTED).count();
            if (counted.getOrDefault(source.id(), -1) != live) {
                problems.add("the library counts " + counted.get(source.id()) + " claims of " + source.importedFrom()
                        + "; it has " + live);
            }
            own.stream().filter(claim -> claim.end() > source.text().length()).forEach(claim ->
                    problems.add("claim " + claim.id() + " ends after the text of " + source.importedFrom()));
        }
    }

    /** The sample articles are stored as imported from {@code sample/NAME}. */
    private static boolean isSample(String importedFrom) {
        return importedFrom.startsWith("sample" + File.separator);
    }

    private static String difference(String what, Set<?> expected, Set<?> found) {
        Set<Object> lost = new HashSet<>(expected);
        lost.removeAll(found);
        Set<Object> unexpected = new HashSet<>(found);
        unexpected.removeAll(expected);
        return what + ": committed but missing " + lost + ", present but never committed " + unexpected;
    }
}
