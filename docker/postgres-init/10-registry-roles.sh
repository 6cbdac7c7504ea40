#!/bin/sh
# Runs once, when the postgres container initialises an empty data volume (docker-entrypoint-initdb.d).
# Two roles besides the superuser (docs/operations.md, database roles): registry_owner owns the database
# and its schema and is used by the migrate service only; registry_app is the API's, owns nothing, and gets
# its rights from `migrate` (append-only on the audit tables, no DDL).
set -eu
psql --no-psqlrc -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$REGISTRY_OWNER_PASSWORD" -v app_password="$REGISTRY_APP_PASSWORD" <<'SQL'
CREATE ROLE registry_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE registry_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
CREATE DATABASE registry OWNER registry_owner;
SQL
