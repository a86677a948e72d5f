-- One database per service, each with its own login role (SPEC section 1: a service never
-- reads the other's database). Run once by the postgres image, as the superuser, when its
-- data volume is empty (/docker-entrypoint-initdb.d); later password changes are made
-- with ALTER ROLE.
--
-- The passwords come from the container's environment (docker-compose.yml sets
-- RUTAN_DB_PASSWORD and DISNAKER_DB_PASSWORD; production sets its own values). \getenv
-- needs psql 15 or newer, which the postgres:15 image has.
\set ON_ERROR_STOP on
\getenv rutan_password RUTAN_DB_PASSWORD
\getenv disnaker_password DISNAKER_DB_PASSWORD
\if :{?rutan_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'RUTAN_DB_PASSWORD is not set in the postgres container'; END $$;
\endif
\if :{?disnaker_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'DISNAKER_DB_PASSWORD is not set in the postgres container'; END $$;
\endif

CREATE ROLE rutan LOGIN PASSWORD :'rutan_password';
CREATE DATABASE rutan OWNER rutan ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE rutan FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE rutan TO rutan;

CREATE ROLE disnaker LOGIN PASSWORD :'disnaker_password';
CREATE DATABASE disnaker OWNER disnaker ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE disnaker FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE disnaker TO disnaker;
