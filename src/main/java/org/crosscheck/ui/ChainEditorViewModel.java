package org.crosscheck.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crosscheck.model.CitationChain;

/**
 * The citation chain of the claim in the editor: the whole chain as a line ("Zamir Kabulov →
 * Interfax → Breitbart News"), and the two parts the researcher may correct — who said it first,
 * and who carried it. Loaded off the JavaFX thread; saving goes through {@link MainViewModel}.
 */
public final class ChainEditorViewModel {

    private final ReadOnlyStringWrapper chain = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper();
    private final StringProperty speaker = new SimpleStringProperty("");
    private final StringProperty carriers = new SimpleStringProperty("");
    private CitationChain loaded = CitationChain.NONE;
    private long claimId;

    public ReadOnlyStringProperty chainProperty() { return chain.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editedProperty() { return edited.getReadOnlyProperty(); }
    public StringProperty speakerProperty() { return speaker; }
    public StringProperty carriersProperty() { return carriers; }

    /** The claim whose chain is shown; 0 for none. */
    public long claimId() {
        return claimId;
    }

    void show(long forClaim, CitationChain shown) {
        claimId = forClaim;
        loaded = shown == null ? CitationChain.NONE : shown;
        chain.set(loaded.describe());
        edited.set(loaded.edited());
        speaker.set(loaded.speaker());
        carriers.set(loaded.carriersWritten());
    }

    void clear() {
        show(0, CitationChain.NONE);
    }

    /** Whether the fields differ from the chain shown. */
    boolean changed() {
        CitationChain typed = CitationChain.edited(speaker.get(), carriers.get(), loaded.outlet());
        return claimId != 0 && (!typed.speaker().equals(loaded.speaker()) || !typed.carriers().equals(loaded.carriers()));
    }

    /** The carriers of the chain shown, written "Interfax → The Moscow Times". */
    String carriersShown() {
        return loaded.carriersWritten();
    }

    /** The speaker shown, as the Speakers view looks them up. */
    public String speaker() {
        return loaded.speaker();
    }
}
