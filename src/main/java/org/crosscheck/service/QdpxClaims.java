package org.crosscheck.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.model.TimeReference;
import org.crosscheck.service.refi.CrosscheckCodes;
import org.crosscheck.service.refi.NotImported;
import org.crosscheck.service.refi.QdpxProject;
import org.crosscheck.service.refi.SourceVariable;

/**
 * A text of a .qdpx as an article, and its coded passages as claims. A passage the researcher coded
 * in another tool is a claim they made and stand by: confirmed, of kind "other", unless the codes of
 * a Crosscheck export say its kind and status. Its other codes are its tags.
 */
final class QdpxClaims {

    private QdpxClaims() {
    }

    /** The article: titled by the source's name (else its first line), detailed by its variables. */
    static Source source(QdpxProject.Text text, Path file, String hash, NotImported notImported) {
        String title = text.name().isBlank() ? firstLine(text.text()) : text.name();
        SourceMetadata metadata = new SourceMetadata(title, "", "", "", FuzzyDate.UNKNOWN, null, text.notes());
        for (QdpxProject.Variable variable : text.variables()) {
            Optional<SourceVariable> known = SourceVariable.named(variable.name());
            Optional<SourceMetadata> applied = known.isEmpty() ? Optional.empty()
                    : known.get().apply(metadata, variable.value());
            if (applied.isPresent()) {
                metadata = applied.get();
            } else {
                notImported.add("value of " + variable.name() + " that cannot be read",
                        "values of " + variable.name() + " that cannot be read", 1);
            }
        }
        return new Source(0, "", "", "", "", FuzzyDate.UNKNOWN, file + " \u203a " + title, hash, text.text(), null, "")
                .withMetadata(metadata);
    }

    static List<Claim> of(QdpxProject.Text text, long sourceId, Map<String, Long> tagOfCode) {
        List<Claim> claims = new ArrayList<>();
        for (QdpxProject.Passage passage : text.passages()) {
            ClaimKind kind = null;
            ClaimStatus status = null;
            Set<Long> tags = new HashSet<>();
            for (String code : passage.codes()) {
                Optional<ClaimKind> codedKind = CrosscheckCodes.kindOf(code);
                Optional<ClaimStatus> codedStatus = CrosscheckCodes.statusOf(code);
                if (kind == null && codedKind.isPresent()) {
                    kind = codedKind.get();
                } else if (status == null && codedStatus.isPresent()) {
                    status = codedStatus.get();
                } else if (tagOfCode.containsKey(code)) {
                    tags.add(tagOfCode.get(code));
                }
            }
            status = status == null ? ClaimStatus.CONFIRMED : status;
            // suggestions, taken or turned down, come only from the extractor; what was coded by hand is the researcher's
            ClaimOrigin origin = status == ClaimStatus.CONFIRMED ? ClaimOrigin.MANUAL : ClaimOrigin.EXTRACTED;
            claims.add(new Claim(0, sourceId, passage.start(), passage.end(), kind == null ? ClaimKind.OTHER : kind,
                    status, origin, "", passage.speaker(), passage.outlet(), "", TimeReference.NONE, Quantity.EMPTY,
                    tags, passage.note()));
        }
        return claims;
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("Untitled").strip();
    }
}
