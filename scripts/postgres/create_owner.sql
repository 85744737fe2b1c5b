-- InnoDesk on PostgreSQL, step 1 of docs/DEPLOYMENT.md: the owner role and the database, run once
-- by a superuser with psql. The owner owns the schema and runs only `innodesk-cli init` and the
-- migrations; it creates the group roles (innodesk_viewer, innodesk_officer, innodesk_approver,
-- innodesk_admin) and each user's login role, hence CREATEROLE, and is not a superuser (a
-- superuser ignores every grant and row-level rule). The tests build their databases with this
-- script too (tests/db/pg_privileges.test.cpp).
--   psql -v ON_ERROR_STOP=1 -v owner=innodesk_owner -v database=innodesk -f create_owner.sql
-- then, in psql, \password innodesk_owner (or pass -v password=… where no one else can read the
-- command line).
CREATE ROLE :"owner" LOGIN CREATEROLE NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS;
\if :{?password}
ALTER ROLE :"owner" PASSWORD :'password';
\endif
CREATE DATABASE :"database" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
\connect :"database"
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
