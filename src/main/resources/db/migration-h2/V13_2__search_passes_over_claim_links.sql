-- On H2 the search trigger is Java (store.SearchTrigger), which passes over a change of a claim's links to
-- entities (V13) and nothing else itself; this version is here so both engines have the same versions
-- (PostgreSQL's trigger function is replaced by its own V13_2).
SELECT 1;
