#include "TestDatabase.h"

#include "persistence/BookRepository.h"
#include "persistence/Migrator.h"

#include <QFile>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace quire::test {

namespace {

QString firstLineOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readLine()).trimmed();
}

// The server's maintenance database, where test databases are made and dropped.
std::unique_ptr<Database> openAdmin(QString *error)
{
    auto admin = Database::open(TestDatabase::configuredPostgresUrl(),
                                TestDatabase::configuredPostgresPassword(),
                                QStringLiteral("quire-test-admin"));
    if (!admin) {
        *error = admin.error().message;
        return nullptr;
    }
    return std::move(admin).value();
}

} // namespace

QString TestDatabase::configuredPostgresUrl()
{
    const QString value = qEnvironmentVariable("QUIRE_TEST_PG_URL");
    if (value.startsWith(u'@'))
        return firstLineOf(value.mid(1));
    return value;
}

QString TestDatabase::configuredPostgresPassword()
{
    const QString file = qEnvironmentVariable("QUIRE_TEST_PG_PASSWORD_FILE");
    if (!file.isEmpty())
        return firstLineOf(file);
    return qEnvironmentVariable("QUIRE_DB_PASSWORD");
}

TestDatabase::TestDatabase(Schema schema)
    : m_schema(schema)
{
    if (!configuredPostgresUrl().isEmpty() && !createPostgresDatabase())
        return;
    open();
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (m_postgresUrl.isEmpty())
        return;
    QString error;
    auto admin = openAdmin(&error);
    const QString name = QUrl(m_postgresUrl).path().mid(1);
    if (!admin || !admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)))
        qWarning() << "test database" << name << "was not dropped:" << error;
}

QString TestDatabase::path() const
{
    return isPostgres() ? m_postgresUrl : m_dir.filePath(QStringLiteral("quire.sqlite"));
}

bool TestDatabase::createPostgresDatabase()
{
    auto admin = openAdmin(&m_error);
    if (!admin)
        return false;
    // A name of our own making (letters and digits only), so it can be
    // spliced into the statement.
    const QString name
        = QStringLiteral("quire_test_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    if (auto created = admin->exec(QStringLiteral("CREATE DATABASE %1").arg(name)); !created) {
        m_error = created.error().message;
        return false;
    }
    QUrl url(configuredPostgresUrl());
    url.setPath(u'/' + name);
    m_postgresUrl = url.toString();
    m_password = configuredPostgresPassword();
    return true;
}

bool TestDatabase::open()
{
    m_database.reset();
    auto opened = Database::open(path(), m_password, QStringLiteral("quire-test"));
    if (!opened) {
        m_error = opened.error().message;
        return false;
    }
    Migrator migrator(**opened, m_clock);
    if (m_schema == Schema::Empty) {
        m_database = std::move(opened).value();
        return true;
    }
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

bool TestDatabase::injectInsertFailure(const QString &table, const QString &condition,
                                       const QString &message)
{
    if (!isPostgres()) {
        return m_database
            ->exec(QStringLiteral("CREATE TRIGGER inject BEFORE INSERT ON %1 %2"
                                  " BEGIN SELECT RAISE(ABORT, '%3'); END")
                       .arg(table,
                            condition.isEmpty() ? QString() : QStringLiteral("WHEN ") + condition,
                            message))
            .ok();
    }
    const auto function = m_database->exec(
        QStringLiteral("CREATE OR REPLACE FUNCTION quire_test_inject() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$ BEGIN IF %1 THEN RAISE EXCEPTION '%2'; END IF;"
                       " RETURN NEW; END $$")
            .arg(condition.isEmpty() ? QStringLiteral("true") : condition, message));
    return function.ok()
           && m_database
                  ->exec(QStringLiteral("CREATE TRIGGER inject BEFORE INSERT ON %1 FOR EACH ROW"
                                        " EXECUTE FUNCTION quire_test_inject()")
                             .arg(table))
                  .ok();
}

bool TestDatabase::removeInjectedFailure(const QString &table)
{
    return m_database
        ->exec(isPostgres() ? QStringLiteral("DROP TRIGGER inject ON %1").arg(table)
                            : QStringLiteral("DROP TRIGGER inject"))
        .ok();
}

qint64 TestDatabase::searchIndexCount()
{
    // SQLite keeps an FTS5 table beside `books`; PostgreSQL a generated
    // tsvector column in it.
    return isPostgres()
               ? count(QStringLiteral("books"), QStringLiteral("search_vector IS NOT NULL"))
               : count(QStringLiteral("books_search"));
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
