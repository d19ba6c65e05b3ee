package org.crosscheck.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Source;
import org.crosscheck.model.Tag;
import org.crosscheck.service.Runner;

/**
 * The open article and its claims: what the article view highlights and the claims panel lists.
 * The highlights are computed through the runner, off the JavaFX thread; only the latest request's
 * are shown. FX thread only.
 */
public final class ArticleViewModel {

    private final Runner runner;
    private final StatusViewModel status;
    /** Read by the worker too, so a request superseded while it waits is not computed at all. */
    private final AtomicLong latestRequest = new AtomicLong();
    private final ReadOnlyObjectWrapper<ArticlePaint> paint =
            new ReadOnlyObjectWrapper<>(ArticlePaint.waitingFor(0, null));
    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Claim> claims = FXCollections.observableArrayList();
    /** The chain of each listed claim, by claim id, read after the claims themselves. */
    private final javafx.collections.ObservableMap<Long, org.crosscheck.model.CitationChain> chains =
            FXCollections.observableHashMap();
    private final FilteredList<Claim> listedClaims = new FilteredList<>(claims);
    private final ObjectProperty<Claim> selectedClaim = new SimpleObjectProperty<>();
    private final ObjectProperty<Tag> tagFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<org.crosscheck.model.ClaimKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<org.crosscheck.model.ClaimStatus> statusFilter = new SimpleObjectProperty<>();
    private final javafx.beans.property.StringProperty speakerFilter = new javafx.beans.property.SimpleStringProperty("");

    ArticleViewModel(Runner runner, StatusViewModel status) {
        this.runner = runner;
        this.status = status;
        javafx.beans.InvalidationListener refilter = observable -> listedClaims.setPredicate(listing());
        tagFilter.addListener(refilter);
        kindFilter.addListener(refilter);
        statusFilter.addListener(refilter);
        speakerFilter.addListener(refilter);
    }

    /** The claims the filters let through: each filter that is set must hold; none set lists them all. */
    private java.util.function.Predicate<Claim> listing() {
        Tag tag = tagFilter.get();
        org.crosscheck.model.ClaimKind kind = kindFilter.get();
        org.crosscheck.model.ClaimStatus judged = statusFilter.get();
        String speaker = speakerFilter.get() == null ? "" : speakerFilter.get().trim().toLowerCase(java.util.Locale.ROOT);
        if (tag == null && kind == null && judged == null && speaker.isEmpty()) {
            return null;
        }
        return claim -> (tag == null || claim.tagIds().contains(tag.id()))
                && (kind == null || claim.kind() == kind)
                && (judged == null || claim.status() == judged)
                && (speaker.isEmpty() || claim.speaker().toLowerCase(java.util.Locale.ROOT).contains(speaker));
    }

    /** Null lists every kind. */
    public ObjectProperty<org.crosscheck.model.ClaimKind> kindFilterProperty() {
        return kindFilter;
    }

    /** Null lists every status. */
    public ObjectProperty<org.crosscheck.model.ClaimStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** Words the speaker's name must contain (any case); empty lists every speaker. */
    public javafx.beans.property.StringProperty speakerFilterProperty() {
        return speakerFilter;
    }

    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** What the article view shows: the text and its highlights, once computed. */
    ReadOnlyObjectProperty<ArticlePaint> paintProperty() {
        return paint.getReadOnlyProperty();
    }

    /** Every claim of the article in text order: what the article highlights. */
    public ObservableList<Claim> claims() {
        return claims;
    }

    /** The claims the panel lists: those the tag, kind, status and speaker filters let through. */
    public ObservableList<Claim> listedClaims() {
        return listedClaims;
    }

    public ObjectProperty<Claim> selectedClaimProperty() {
        return selectedClaim;
    }

    /** Null lists every claim. */
    public ObjectProperty<Tag> tagFilterProperty() {
        return tagFilter;
    }

    /**
     * The innermost claim at a character offset: the one a click there means. Looked up in the
     * highlights shown, by halving; nothing while newer highlights are still being computed, as
     * what is painted may then show claims that are gone.
     */
    public Optional<Claim> claimAt(int offset) {
        ArticlePaint shown = paint.get();
        if (shown.request() != latestRequest.get() || shown.highlights() == null) {
            return Optional.empty();
        }
        return shown.highlights().claimAt(offset);
    }

    /** The chains of the listed claims, by claim id; a claim whose chain is not read yet is absent. */
    public javafx.collections.ObservableMap<Long, org.crosscheck.model.CitationChain> chains() {
        return chains;
    }

    /** Shows the chains of an article's claims, if that article is still the one shown. */
    void showChains(long sourceId, java.util.Map<Long, org.crosscheck.model.CitationChain> found) {
        if (source.get() != null && source.get().id() == sourceId) {
            chains.clear();
            chains.putAll(found);
        }
    }

    /** Shows another article, or the same one refreshed, keeping the selected claim when it still exists. */
    void show(Source newSource, List<Claim> newClaims, long claimToSelect) {
        long keep = claimToSelect != 0 ? claimToSelect
                : selectedClaim.get() == null ? 0 : selectedClaim.get().id();
        boolean sameSource = source.get() != null && newSource != null && source.get().id() == newSource.id();
        if (!sameSource) {
            chains.clear(); // another article's chains never show beside this one's claims
        }
        source.set(newSource);
        claims.setAll(newClaims);
        requestPaint(newSource, newClaims);
        Claim reselected = newClaims.stream().filter(claim -> claim.id() == keep).findFirst().orElse(null);
        selectedClaim.set(sameSource || claimToSelect != 0 ? reselected : null);
    }

    /**
     * Asks for the highlights of these claims. A new text is cleared from the view at once, so the
     * previous article never shows under the new one's title; the same text keeps its highlights
     * until the new ones are ready and then repaints only what changed.
     */
    private void requestPaint(Source newSource, List<Claim> newClaims) {
        long request = latestRequest.incrementAndGet();
        ArticlePaint shown = paint.get().showsTextOf(newSource) ? paint.get() : null;
        if (shown == null) {
            paint.set(ArticlePaint.waitingFor(request, newSource));
        }
        if (newSource == null) {
            return;
        }
        List<Claim> snapshot = List.copyOf(newClaims);
        runner.run(() -> request == latestRequest.get()
                        ? ArticlePaint.compute(request, newSource, snapshot, shown) : null,
                computed -> {
                    if (computed != null && request == latestRequest.get()) {
                        paint.set(computed);
                    }
                }, error -> status.error(Texts.get("problem.load"), error));
    }

    /**
     * The open suggestion after (or before) a claim in text order among the listed claims,
     * wrapping round; from the start when no claim is given.
     */
    public Optional<Claim> nextSuggestionAfter(Claim current, boolean forward) {
        List<Claim> suggestions = listedClaims().stream()
                .filter(claim -> claim.status() == org.crosscheck.model.ClaimStatus.SUGGESTED).toList();
        if (suggestions.isEmpty()) {
            return Optional.empty();
        }
        if (current == null) {
            return Optional.of(forward ? suggestions.get(0) : suggestions.get(suggestions.size() - 1));
        }
        List<Claim> ordered = new java.util.ArrayList<>(suggestions);
        if (!forward) {
            java.util.Collections.reverse(ordered);
        }
        return ordered.stream()
                .filter(claim -> claim.id() != current.id())
                .filter(claim -> forward ? Claim.IN_TEXT_ORDER.compare(claim, current) > 0
                        : Claim.IN_TEXT_ORDER.compare(claim, current) < 0)
                .findFirst()
                .or(() -> ordered.stream().filter(claim -> claim.id() != current.id()).findFirst());
    }
}
