#include "persistence/Migrator.h"

#include "persistence/Database.h"
#include "support/Clock.h"
#include "support/LoggingCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace quire {

namespace {

const QString kCreateMigrationTable
    = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                     " version INTEGER PRIMARY KEY,"
                     " name TEXT NOT NULL,"
                     " applied_at BIGINT NOT NULL)");

} // namespace

Migrator::Migrator(Database &database, const Clock &clock)
    : Migrator(database, clock, bundledMigrations())
{}

Migrator::Migrator(Database &database, const Clock &clock, QList<Migration> migrations)
    : m_database(database)
    , m_clock(clock)
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QList<Migrator::Migration> Migrator::bundledMigrations()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    const auto entries = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch()) {
            qCWarning(lcMigration) << "ignoring resource with unexpected name" << entry;
            continue;
        }
        migrations.append({match.captured(1).toInt(), match.captured(2), dir.filePath(entry)});
    }
    return migrations;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Result<int> Migrator::currentVersion() const
{
    // Creating the bookkeeping table is harmless and keeps this one query.
    if (auto created = m_database.exec(kCreateMigrationTable); !created)
        return created.error();
    auto query = m_database.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    if (!query)
        return query.error();
    QSqlQuery &rows = query.value();
    return rows.next() ? rows.value(0).toInt() : 0;
}

Result<int> Migrator::migrate()
{
    const SqlDialect &dialect = m_database.dialect();
    if (const QString lock = dialect.migrationLock(); !lock.isEmpty()) {
        if (auto locked = m_database.exec(lock); !locked)
            return locked.error();
    }
    auto migrated = migrateLocked();
    if (const QString unlock = dialect.migrationUnlock(); !unlock.isEmpty()) {
        // Closing the connection would release it too.
        if (auto unlocked = m_database.exec(unlock); !unlocked)
            qCWarning(lcMigration) << "migration lock not released:" << unlocked.error();
    }
    return migrated;
}

Result<int> Migrator::migrateLocked()
{
    return m_database.writeTransaction([this]() -> Result<int> {
        auto current = currentVersion();
        if (!current)
            return current.error();
        if (*current > latestVersion()) {
            return Error::database(
                QCoreApplication::translate(
                    "quire::Migrator",
                    "database %1 has schema version %2, but this Quire only knows "
                    "versions up to %3. It was left untouched: open it with a newer "
                    "Quire, or choose another database.")
                    .arg(m_database.location())
                    .arg(*current)
                    .arg(latestVersion()));
        }
        for (const Migration &migration : std::as_const(m_migrations)) {
            if (migration.version <= *current)
                continue;
            if (auto applied = apply(migration); !applied)
                return applied.error();
            qCInfo(lcMigration).noquote()
                << "applied migration" << migration.version << migration.name;
        }
        return latestVersion() > *current ? latestVersion() : *current;
    });
}

Result<void> Migrator::apply(const Migration &migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::database(
            QCoreApplication::translate("quire::Migrator", "migration %1 cannot be read: %2")
                .arg(migration.resourcePath, file.errorString()));
    const QString script = m_database.dialect().expandMigration(QString::fromUtf8(file.readAll()));
    const auto statements = splitStatements(script);
    for (const QString &statement : statements) {
        if (auto done = m_database.exec(statement); !done)
            return Error::database(
                QCoreApplication::translate("quire::Migrator", "migration %1 (%2) failed: %3")
                    .arg(migration.version)
                    .arg(migration.name, done.error().message));
    }
    auto recorded = m_database.exec(
        QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
        {migration.version, migration.name, m_clock.nowMs()});
    if (!recorded)
        return recorded.error();
    return {};
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const auto lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"))
            continue;
        if (current.isEmpty())
            inTrigger = trimmed.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive);
        current += line + u'\n';
        const bool ends = inTrigger ? trimmed.compare(u"END;", Qt::CaseInsensitive) == 0
                                    : trimmed.endsWith(u';');
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace quire
