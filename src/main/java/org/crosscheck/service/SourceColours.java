package org.crosscheck.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.ColourSlots;
import org.crosscheck.model.SourceHeading;
import org.crosscheck.store.Database;
import org.crosscheck.store.SettingsRepository;
import org.crosscheck.store.SourceRepository;

/**
 * The colour slot of every source, kept in the project: given once, the first time the sources are
 * shown, and the same in the window, the timeline, the report and the exports from then on. A
 * read-only project gets the slots it would be given, without keeping them. Thread-safe.
 */
public final class SourceColours {

    static final String SETTING = "source-colours";
    /** As many slots as the source palette has colours (chart's SourcePalette). */
    static final int SLOTS = 8;
    /** Made on first use: a command that never colours a source (compare) need not load Jackson's data binding. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private final Database database;
    private final SettingsRepository settings = new SettingsRepository();
    private final SourceRepository sources = new SourceRepository();

    SourceColours(Database database) {
        this.database = database;
    }

    /** Every source's slot, giving (and keeping) one to each source that has none yet. Blocking. */
    public synchronized ColourSlots slots() {
        return database.inTransaction("give the sources their colours", transaction -> {
            ColourSlots kept = settings.get(transaction, SETTING).map(SourceColours::parse).orElse(ColourSlots.NONE);
            List<Long> ids = sources.headings(transaction).stream().map(SourceHeading::id).toList();
            ColourSlots all = kept.with(ids, SLOTS);
            if (all != kept && !database.isReadOnly()) {
                settings.put(transaction, SETTING, write(all));
            }
            return all;
        });
    }

    static String write(ColourSlots slots) {
        try {
            return Mapper.JSON.writeValueAsString(slots.slots());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the source colours", e);
        }
    }

    static ColourSlots parse(String json) {
        try {
            Map<Long, Integer> slots = Mapper.JSON.readValue(json, new TypeReference<Map<Long, Integer>>() { });
            return new ColourSlots(slots);
        } catch (JsonProcessingException e) {
            return ColourSlots.NONE; // colours are no work of the researcher's: given again rather than refused
        }
    }
}
