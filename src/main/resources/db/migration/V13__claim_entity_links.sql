-- What a claim is about and where, by id: the entity of the project's alias table its subject names and
-- the place entity its place names, beside the words as the researcher or the extractor wrote them (which
-- stay, for display and for claims about no known entity). The comparison groups by these ids where they
-- are set, so renaming an entity or adding an alias no longer changes what a claim groups under. An entity
-- that goes leaves the link empty, and the claim is linked again by its words (store.EntityLinks). A
-- claim's story is its article's (source.story_id). Filled for existing projects by migration 13.1.
-- Portable SQL: the same script runs on H2 and PostgreSQL.
ALTER TABLE claim ADD COLUMN subject_entity_id BIGINT REFERENCES entity (id) ON DELETE SET NULL;
ALTER TABLE claim ADD COLUMN place_entity_id BIGINT REFERENCES entity (id) ON DELETE SET NULL;

-- Deleting an entity sets its claims' links to NULL: found by these, not by reading every claim.
CREATE INDEX claim_by_subject_entity ON claim (subject_entity_id);
CREATE INDEX claim_by_place_entity ON claim (place_entity_id);
