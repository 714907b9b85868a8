#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace quire {

class Clock;
class Database;

// Brings a database up to the schema this build of Quire understands, using
// the numbered SQL files shipped as resources under :/migrations
// (`0001_initial.sql`, `0002_...`). All pending migrations apply in one
// transaction, in version order; a database written by a newer Quire is
// refused untouched. Pending means not recorded in schema_migrations, not
// merely above the highest recorded version: a version written on another
// branch and merged after a later one (a store at 10 that ran 12, then gets
// 11) is still applied.
class Migrator final
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    Migrator(Database &database, const Clock &clock);
    Migrator(Database &database, const Clock &clock, QList<Migration> migrations);

    static QList<Migration> bundledMigrations();

    int latestVersion() const;
    // How many migrations this build knows (versions may have gaps).
    int knownCount() const { return int(m_migrations.size()); }
    // 0 for a database that has never been migrated.
    Result<int> currentVersion() const;
    // Returns the version the database is at afterwards.
    Result<int> migrate();

    // Splits a migration into statements: one per `;` at the end of a line,
    // except inside CREATE TRIGGER ... END; blocks. `--` comment lines are dropped.
    static QStringList splitStatements(const QString &script);

private:
    Result<int> migrateLocked();
    Result<void> apply(const Migration &migration);
    Result<QList<int>> appliedVersions() const;

    Database &m_database;
    const Clock &m_clock;
    QList<Migration> m_migrations;
};

} // namespace quire
