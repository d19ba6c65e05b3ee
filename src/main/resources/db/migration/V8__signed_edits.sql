-- Who last changed a row by hand, and when, for every table the researcher edits (claims have had
-- this since V7): on a shared project, each edit names its author. Rows from before stay unsigned
-- (edited_by '' and edited_at NULL). Portable SQL: the same script runs on H2 and PostgreSQL.
ALTER TABLE tag ADD COLUMN edited_by VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE tag ADD COLUMN edited_at TIMESTAMP;
ALTER TABLE source ADD COLUMN edited_by VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE source ADD COLUMN edited_at TIMESTAMP;
ALTER TABLE comparison_group ADD COLUMN edited_by VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE comparison_group ADD COLUMN edited_at TIMESTAMP;
ALTER TABLE group_member_edit ADD COLUMN edited_by VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE group_member_edit ADD COLUMN edited_at TIMESTAMP;
ALTER TABLE event_link ADD COLUMN edited_by VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE event_link ADD COLUMN edited_at TIMESTAMP;
ALTER TABLE verdict_override ADD COLUMN edited_by VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE verdict_override ADD COLUMN edited_at TIMESTAMP;
ALTER TABLE dismissed_event_pair ADD COLUMN edited_by VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE dismissed_event_pair ADD COLUMN edited_at TIMESTAMP;
