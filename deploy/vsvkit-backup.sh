#!/bin/sh
# Back up the vsvkit store: one pg_dump archive (custom format) per run in $BACKUP_DIR,
# the newest $KEEP kept. Run it as a user that may read the whole database (the postgres
# system user on the store's own machine). See deploy/backup-and-upgrade.md.
#
#   PGDATABASE  the store's database               (default vsvkit)
#   BACKUP_DIR  where the archives go               (default /var/backups/vsvkit)
#   KEEP        how many archives to keep           (default 14)
#   STAMP       the archive's name part             (default the time now, UTC)
# The other libpq variables (PGHOST, PGPORT, PGUSER, PGPASSFILE) say how to connect.
set -eu
: "${PGDATABASE:=vsvkit}"
: "${BACKUP_DIR:=/var/backups/vsvkit}"
: "${KEEP:=14}"
: "${STAMP:=$(date -u +%Y-%m-%dT%H%M%SZ)}"
export PGDATABASE
umask 077
mkdir -p "$BACKUP_DIR"
target="$BACKUP_DIR/vsvkit-$STAMP.dump"
# written under another name first: a dump that fails never counts as a backup
pg_dump --format=custom --file="$target.part"
mv "$target.part" "$target"
# the names sort by time: remove all but the newest $KEEP
ls -1 "$BACKUP_DIR"/vsvkit-*.dump | sort -r | tail -n +"$((KEEP + 1))" | xargs -r rm -f --
echo "$target"
