#pragma once

#include "ManualClock.h"
#include "persistence/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace quire::test {

// A fresh database, migrated to the latest schema. Each test makes its own
// and it disappears with it.
//
// By default a SQLite file in its own temporary folder. When the environment
// names a PostgreSQL server (QUIRE_TEST_PG_URL: a postgresql:// URL, or `@`
// and a file holding one; password from QUIRE_TEST_PG_PASSWORD_FILE or
// QUIRE_DB_PASSWORD/PGPASSWORD), a new database on that server instead,
// dropped at the end. ctest runs the repository and flow suites both ways
// (the `-pg` tests, see tests/CMakeLists.txt).
class TestDatabase
{
public:
    // Empty: no migration run (for the migrator's own tests).
    enum class Schema { Latest, Empty };
    explicit TestDatabase(Schema schema = Schema::Latest);
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    bool isValid() const { return m_database != nullptr; }
    const QString &error() const { return m_error; }
    Database &database() { return *m_database; }
    ManualClock &clock() { return m_clock; }
    // The SQLite file, or the PostgreSQL URL (no password) of this test's database.
    QString path() const;
    const QTemporaryDir &dir() const { return m_dir; }
    bool isPostgres() const { return !m_postgresUrl.isEmpty(); }
    // The password for path() when it is a PostgreSQL URL.
    const QString &password() const { return m_password; }

    // The server tests should use, or empty for SQLite.
    static QString configuredPostgresUrl();
    static QString configuredPostgresPassword();

    // Closes and reopens the same database, as a restarted app would.
    bool reopen();
    // Counts rows of `table` (optionally filtered by a WHERE clause).
    qint64 count(const QString &table, const QString &where = QString());
    // Makes every INSERT into `table` for which `condition` (SQL over NEW,
    // or empty for all) holds fail with `message`, as a broken disk or
    // server would; removeInjectedFailure() ends it. Written per backend.
    bool injectInsertFailure(const QString &table, const QString &condition,
                             const QString &message);
    bool removeInjectedFailure(const QString &table);
    // Books with an entry in the catalog search index.
    qint64 searchIndexCount();
    // Adds a book to the catalog.
    void addBook(const QString &isbn13, const QString &title, qint64 priceMinor,
                 const QString &currency = QStringLiteral("EUR"), int stock = 10);

private:
    bool open();
    bool createPostgresDatabase();

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_database;
    QString m_error;
    QString m_postgresUrl; // this test's own database
    QString m_password;
    Schema m_schema = Schema::Latest;
};

} // namespace quire::test
