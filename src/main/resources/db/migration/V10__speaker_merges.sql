-- Issue 17: who a speaker is across articles, and who answered who a described speaker is.
-- Portable SQL: the same script runs on H2 and PostgreSQL.

-- The researcher's answers to "who is this described speaker" are hand edits, signed as the others (V8).
ALTER TABLE speaker_identity ADD COLUMN edited_by VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE speaker_identity ADD COLUMN edited_at TIMESTAMP;

-- The researcher's answer to whether a speaker of one article (written: its name key, "kabulov" or
-- "russian official") is the person named in another ("zamir kabulov"): SAME counts them as one
-- origin, APART as two. Crosscheck only proposes; nothing is kept here until the researcher answers.
-- Either article's deletion takes the answer with it.
CREATE TABLE speaker_merge (
    source_id       BIGINT       NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    written         VARCHAR(500) NOT NULL,
    other_source_id BIGINT       NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    other_written   VARCHAR(500) NOT NULL,
    decision        VARCHAR(8)   NOT NULL,
    edited_by       VARCHAR(200) NOT NULL DEFAULT '',
    edited_at       TIMESTAMP,
    CONSTRAINT speaker_merge_key PRIMARY KEY (source_id, written, other_source_id, other_written),
    CONSTRAINT speaker_merge_decision CHECK (decision IN ('SAME', 'APART')),
    CONSTRAINT speaker_merge_two_articles CHECK (source_id <> other_source_id)
);
