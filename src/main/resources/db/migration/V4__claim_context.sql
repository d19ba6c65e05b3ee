-- What the comparison needs of a claim's article, kept when the claim is saved so that comparing
-- never reads every article's text again: the claim's own words, and whether the sentence around it
-- speaks of change ("is growing", "has doubled"). Derived from the text, which never changes: a row
-- goes when its claim is changed or deleted, and the next comparison makes it again.
CREATE TABLE claim_context (
    claim_id BIGINT  NOT NULL PRIMARY KEY REFERENCES claim (id) ON DELETE CASCADE,
    quote    CLOB    NOT NULL,
    changing BOOLEAN NOT NULL
);
