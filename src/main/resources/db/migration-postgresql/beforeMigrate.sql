-- Run by Flyway before the migrations on PostgreSQL. The common scripts say CLOB, as H2 does, for long
-- text; PostgreSQL calls it TEXT. A domain of that name lets one script make the table on both engines.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = 'clob' AND n.nspname = current_schema()) THEN
        CREATE DOMAIN clob AS TEXT;
    END IF;
END
$$;
