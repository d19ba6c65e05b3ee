-- A project file is open in one Crosscheck at a time: no one else changes it meanwhile, so nothing
-- logs what changed (PostgreSQL's V11_1 installs the triggers a shared project needs). Said in the
-- schema too, for whoever opens the file with another tool.
COMMENT ON TABLE change_log IS 'Empty in a project file: only a shared project on a server logs what others changed here';
