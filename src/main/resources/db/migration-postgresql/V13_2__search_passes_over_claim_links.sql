-- A claim whose links to entities (V13) change and nothing else has no new words for the search index:
-- saving the alias table links many claims at once, and noting each of their articles would have every
-- person's index read them all again. Any other change of a claim is noted as before (V5).
CREATE OR REPLACE FUNCTION search_claim() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) - 'subject_entity_id' - 'place_entity_id')
            = (to_jsonb(NEW) - 'subject_entity_id' - 'place_entity_id') THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM search_note(OLD.source_id);
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR OLD.source_id IS DISTINCT FROM NEW.source_id) THEN
        PERFORM search_note(NEW.source_id);
    END IF;
    RETURN NULL;
END
$$;
