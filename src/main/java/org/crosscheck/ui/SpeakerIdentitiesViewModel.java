package org.crosscheck.ui;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.service.Runner;
import org.crosscheck.service.SpeakerIdentityService;
import org.crosscheck.service.SpeakerIdentityService.CrossProposal;
import org.crosscheck.service.SpeakerIdentityService.Identity;

/**
 * Tags › Speakers and identities…: the proposed identities of described speakers and the speakers
 * proposed to be one across articles, loaded off the JavaFX thread. Every answer is saved at once
 * (one undoable edit), then both lists and the window are loaded again.
 */
public final class SpeakerIdentitiesViewModel {

    private final SpeakerIdentityService service;
    private final Runner runner;
    private final StatusViewModel status;
    private final Runnable changed;
    private final ObservableList<Identity> identities = FXCollections.observableArrayList();
    private final ObservableList<CrossProposal> across = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyBooleanWrapper loading = new javafx.beans.property.ReadOnlyBooleanWrapper();

    SpeakerIdentitiesViewModel(SpeakerIdentityService service, Runner runner, StatusViewModel status, Runnable changed) {
        this.service = service;
        this.runner = runner;
        this.status = status;
        this.changed = changed;
    }

    public ObservableList<Identity> identities() {
        return identities;
    }

    public ObservableList<CrossProposal> across() {
        return across;
    }

    /** True while the lists are being read. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    private record Lists(List<Identity> identities, List<CrossProposal> across) {
    }

    /** Reads both lists again from the project. */
    public void load() {
        loading.set(true);
        runner.run(() -> new Lists(service.identities(), service.acrossArticles()), lists -> {
            identities.setAll(lists.identities());
            across.setAll(lists.across());
            loading.set(false);
        }, error -> {
            loading.set(false);
            status.error(Texts.get("problem.load"), error);
        });
    }

    public void confirm(Identity identity) {
        answer(() -> service.confirm(identity), Texts.get("identities.status.confirmed", identity.written(),
                identity.proposed()));
    }

    public void correct(Identity identity, String person) {
        if (person == null || person.isBlank()) {
            return;
        }
        answer(() -> service.correct(identity, person), Texts.get("identities.status.corrected", identity.written(),
                person.strip()));
    }

    public void reject(Identity identity) {
        answer(() -> service.reject(identity), Texts.get("identities.status.rejected", identity.written()));
    }

    public void confirm(CrossProposal proposal) {
        answer(() -> service.confirm(proposal), Texts.get("identities.status.same", proposal.speaker(),
                proposal.otherSpeaker()));
    }

    public void keepApart(CrossProposal proposal) {
        answer(() -> service.keepApart(proposal), Texts.get("identities.status.apart", proposal.speaker(),
                proposal.otherSpeaker()));
    }

    /** The people the project's articles name, to pick from when correcting an identity. */
    public List<String> people() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        identities.forEach(identity -> {
            if (!identity.proposed().isEmpty()) {
                names.add(identity.proposed());
            }
        });
        across.forEach(proposal -> names.add(proposal.otherSpeaker()));
        return List.copyOf(names);
    }

    private void answer(Runnable work, String done) {
        Callable<Boolean> call = () -> {
            work.run();
            return true;
        };
        runner.run(call, ok -> {
            status.info(done);
            changed.run();
            load();
        }, error -> {
            status.error(Texts.get("problem.saveClaim"), error);
            load();
        });
    }
}
