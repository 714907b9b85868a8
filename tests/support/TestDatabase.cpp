#include "TestDatabase.h"

#include "persistence/BookRepository.h"
#include "persistence/Migrator.h"

#include <QTest>

namespace quire::test {

TestDatabase::TestDatabase()
{
    open();
}

bool TestDatabase::open()
{
    m_database.reset();
    auto opened = Database::openSqlite(path());
    if (!opened) {
        m_error = opened.error().message;
        return false;
    }
    Migrator migrator(**opened, m_clock);
    if (auto migrated = migrator.migrate(); !migrated) {
        m_error = migrated.error().message;
        return false;
    }
    m_database = std::move(opened).value();
    return true;
}

bool TestDatabase::reopen()
{
    return open();
}

qint64 TestDatabase::count(const QString &table, const QString &where)
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + table;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    auto query = m_database->exec(sql);
    if (!query) {
        qWarning() << query.error();
        return -1;
    }
    return query.value().next() ? query.value().value(0).toLongLong() : -1;
}

void TestDatabase::addBook(const QString &isbn13, const QString &title, qint64 priceMinor,
                           const QString &currency, int stock)
{
    BookRepository books(*m_database);
    auto price = Money::fromMinorUnits(priceMinor, currency);
    QVERIFY(price.ok());
    auto stored = books.upsert(
        Book{isbn13, title, QStringLiteral("Test Author"), *price, stock, {}}, m_clock.nowMs());
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
}

} // namespace quire::test
