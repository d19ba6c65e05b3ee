-- What others changed, on a server shared by several people: triggers note in change_log each kind of
-- change a transaction makes, once per transaction (a transaction-local setting says it is noted), under
-- the same advisory lock as search_note, so both logs are numbered in commit order. Derived data that
-- every client writes for itself (an article's story terms, chains read from the text, claim contexts)
-- is not noted: it is no news to anyone.
--
-- Both note functions also keep the first row this transaction wrote in each log (crosscheck.first_*),
-- so that the client can tell, before it commits, which of the rows before its own are others' and
-- still news to it.

CREATE OR REPLACE FUNCTION search_note(source BIGINT) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    noted BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock(7368011805);  -- 'search' in the project's number space: one log writer at a time
    INSERT INTO search_pending (source_id, noted_at) VALUES (source, clock_timestamp()) RETURNING id INTO noted;
    IF COALESCE(current_setting('crosscheck.first_search', true), '') = '' THEN
        PERFORM set_config('crosscheck.first_search', noted::TEXT, true);
    END IF;
END
$$;

CREATE FUNCTION change_note(what TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    noted BIGINT;
BEGIN
    IF current_setting('crosscheck.noted_' || what, true) = 'y' THEN
        RETURN; -- this transaction's change of that kind is noted already
    END IF;
    PERFORM pg_advisory_xact_lock(7368011805);
    INSERT INTO change_log (topic, noted_at) VALUES (what, clock_timestamp()) RETURNING id INTO noted;
    PERFORM set_config('crosscheck.noted_' || what, 'y', true);
    IF COALESCE(current_setting('crosscheck.first_change', true), '') = '' THEN
        PERFORM set_config('crosscheck.first_change', noted::TEXT, true);
    END IF;
END
$$;

-- The topic is the trigger's argument.
CREATE FUNCTION change_noted() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM change_note(TG_ARGV[0]);
    RETURN NULL;
END
$$;

-- Stories: renamed, merged, split, an article moved, or clustered again.
CREATE TRIGGER change_story AFTER INSERT OR UPDATE OR DELETE ON story
    FOR EACH ROW EXECUTE FUNCTION change_noted('story');
CREATE TRIGGER change_source_story AFTER UPDATE ON source FOR EACH ROW
    WHEN (OLD.story_id IS DISTINCT FROM NEW.story_id OR OLD.story_by_hand IS DISTINCT FROM NEW.story_by_hand)
    EXECUTE FUNCTION change_noted('story');
-- An article's details (search_pending notes its title and outlet, an import and a deletion).
CREATE TRIGGER change_source_details AFTER UPDATE ON source FOR EACH ROW
    WHEN (OLD.author IS DISTINCT FROM NEW.author OR OLD.url IS DISTINCT FROM NEW.url
          OR OLD.published_date IS DISTINCT FROM NEW.published_date
          OR OLD.published_precision IS DISTINCT FROM NEW.published_precision
          OR OLD.grade IS DISTINCT FROM NEW.grade OR OLD.notes IS DISTINCT FROM NEW.notes
          OR OLD.edited_at IS DISTINCT FROM NEW.edited_at)
    EXECUTE FUNCTION change_noted('article');
-- Tags: made, recoloured, nested, renamed or deleted, on claims or not.
CREATE TRIGGER change_tag AFTER INSERT OR UPDATE OR DELETE ON tag
    FOR EACH ROW EXECUTE FUNCTION change_noted('tag');
-- The hand edits of comparison groups.
CREATE TRIGGER change_comparison_group AFTER INSERT OR UPDATE OR DELETE ON comparison_group
    FOR EACH ROW EXECUTE FUNCTION change_noted('group');
CREATE TRIGGER change_group_member_edit AFTER INSERT OR UPDATE OR DELETE ON group_member_edit
    FOR EACH ROW EXECUTE FUNCTION change_noted('group');
CREATE TRIGGER change_event_link AFTER INSERT OR UPDATE OR DELETE ON event_link
    FOR EACH ROW EXECUTE FUNCTION change_noted('group');
CREATE TRIGGER change_event_link_claim AFTER INSERT OR UPDATE OR DELETE ON event_link_claim
    FOR EACH ROW EXECUTE FUNCTION change_noted('group');
CREATE TRIGGER change_verdict_override AFTER INSERT OR UPDATE OR DELETE ON verdict_override
    FOR EACH ROW EXECUTE FUNCTION change_noted('group');
CREATE TRIGGER change_dismissed_event_pair AFTER INSERT OR UPDATE OR DELETE ON dismissed_event_pair
    FOR EACH ROW EXECUTE FUNCTION change_noted('group');
-- The project's entities and aliases.
CREATE TRIGGER change_entity AFTER INSERT OR UPDATE OR DELETE ON entity
    FOR EACH ROW EXECUTE FUNCTION change_noted('entity');
CREATE TRIGGER change_entity_alias AFTER INSERT OR UPDATE OR DELETE ON entity_alias
    FOR EACH ROW EXECUTE FUNCTION change_noted('entity');
-- Who speakers are: within an article, across articles, and chains set by hand.
CREATE TRIGGER change_speaker_identity AFTER INSERT OR UPDATE OR DELETE ON speaker_identity
    FOR EACH ROW EXECUTE FUNCTION change_noted('speaker');
CREATE TRIGGER change_speaker_merge AFTER INSERT OR UPDATE OR DELETE ON speaker_merge
    FOR EACH ROW EXECUTE FUNCTION change_noted('speaker');
CREATE TRIGGER change_chain_set AFTER INSERT ON citation_chain FOR EACH ROW WHEN (NEW.edited)
    EXECUTE FUNCTION change_noted('speaker');
CREATE TRIGGER change_chain_edited AFTER UPDATE ON citation_chain FOR EACH ROW WHEN (OLD.edited OR NEW.edited)
    EXECUTE FUNCTION change_noted('speaker');
CREATE TRIGGER change_chain_unset AFTER DELETE ON citation_chain FOR EACH ROW WHEN (OLD.edited)
    EXECUTE FUNCTION change_noted('speaker');
-- Grades of speakers and outlets.
CREATE TRIGGER change_source_grade AFTER INSERT OR UPDATE OR DELETE ON source_grade
    FOR EACH ROW EXECUTE FUNCTION change_noted('grade');
