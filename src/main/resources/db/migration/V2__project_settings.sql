-- Project-wide documents the researcher edits as a whole: the entity alias table, the hand edits
-- of comparison groups. Stored as JSON text; each document is replaced in one transaction.
CREATE TABLE project_setting (
    setting_name  VARCHAR(100) PRIMARY KEY,
    setting_value CLOB NOT NULL
);
