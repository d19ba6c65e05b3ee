package org.crosscheck.harness;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;

/**
 * The edit a session had begun and not reported when it was killed: once {@link ProjectCheck}
 * found it there whole or not at all, the ledger takes it as the project shows it, so the next
 * rounds expect exactly what is there.
 */
final class InFlightEdit {

    private InFlightEdit() {
    }

    /** Takes the edit in flight as committed or not, as the project shows it; the project was found consistent. */
    static void settle(Ledger ledger, boolean sampleThere, Set<String> imported, List<Claim> claims,
                       Map<Long, Claim> byId) {
        Ledger.Line line = ledger.inFlight();
        if (line == null) {
            ledger.settle(false, null);
            return;
        }
        boolean committed;
        Ledger.Line asCommitted = line;
        switch (line.verb()) {
            case "open" -> committed = sampleThere;
            case "import" -> committed = imported.containsAll(line.fields());
            case "tag" -> {
                Claim made = claims.stream().filter(claim -> claim.origin() == ClaimOrigin.MANUAL
                        && !ledger.manual.containsKey(claim.id())).findFirst().orElse(null);
                committed = made != null;
                if (made != null) {
                    asCommitted = new Ledger.Line("COMMITTED", "tag", List.of(String.valueOf(made.id()),
                            String.valueOf(made.sourceId()), String.valueOf(made.start()), String.valueOf(made.end()),
                            made.kind().name()));
                }
            }
            case "note" -> committed = byId.get(line.number(0)).note().equals(Ledger.NOTE_PREFIX + line.number(1));
            case "status" -> committed = byId.get(line.number(0)).status().name().equals(line.fields().get(1));
            case "accept-all" -> committed = claims.stream().noneMatch(claim -> claim.sourceId() == line.number(0)
                    && claim.status() == ClaimStatus.SUGGESTED);
            case "delete" -> committed = !byId.containsKey(line.number(0));
            default -> committed = false;
        }
        ledger.settle(committed, asCommitted);
    }
}
