-- The claims each stored group (a row of comparison_group: a group the researcher renamed, noted, merged
-- or moved statements into) held by its key when it was last compared. A group's key is made of words
-- ("q:islamic state|fighters|afghanistan"), so renaming the entity of its subject in the alias table, or a
-- re-scan that spells a subject anew, gives the same statements another key; these rows are how the
-- group's hand edits find it again: the group that now holds most of these claims is the same group (see
-- compare.GroupCarry). A claim that goes takes its rows with it; a group row that goes takes its own.
-- Bookkeeping, made again at the next comparison, so neither exported nor logged for others.
-- Portable SQL: the same script runs on H2 and PostgreSQL.
CREATE TABLE comparison_group_claim (
    group_id BIGINT NOT NULL REFERENCES comparison_group (id) ON DELETE CASCADE,
    claim_id BIGINT NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, claim_id)
);

-- Deleting a claim (an article removed, a suggestion a re-scan no longer finds) looks its rows up by claim.
CREATE INDEX comparison_group_claim_by_claim ON comparison_group_claim (claim_id);
