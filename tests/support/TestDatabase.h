#pragma once

#include "ManualClock.h"
#include "persistence/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace quire::test {

// A fresh SQLite file in its own temporary folder, migrated to the latest
// schema. Each test makes its own; the folder disappears with it.
class TestDatabase
{
public:
    TestDatabase();

    bool isValid() const { return m_database != nullptr; }
    const QString &error() const { return m_error; }
    Database &database() { return *m_database; }
    ManualClock &clock() { return m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("quire.sqlite")); }
    const QTemporaryDir &dir() const { return m_dir; }

    // Closes and reopens the same file, as a restarted app would.
    bool reopen();
    // Counts rows of `table` (optionally filtered by a WHERE clause).
    qint64 count(const QString &table, const QString &where = QString());
    // Adds a book to the catalog.
    void addBook(const QString &isbn13, const QString &title, qint64 priceMinor,
                 const QString &currency = QStringLiteral("EUR"), int stock = 10);

private:
    bool open();

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_database;
    QString m_error;
};

} // namespace quire::test
