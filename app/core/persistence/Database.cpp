#include "persistence/Database.h"

#include "support/LoggingCategories.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <optional>

namespace quire {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("quire-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString statementHead(const QString &sql)
{
    QString head = sql.simplified();
    if (head.size() > 60)
        head = head.left(57) + QStringLiteral("...");
    return head;
}

} // namespace

Database::Database(QString connectionName, QString location, SqlDialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_dialect(dialect)
{}

Database::~Database()
{
    if (m_inTransaction)
        rollback();
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::close()
{
    // Cached statements hold the connection open; they go first.
    m_idleStatements.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
    const QFileInfo file(path);
    if (!file.absoluteDir().exists())
        return Error::database(QStringLiteral("cannot open database %1: folder %2 does not exist")
                                   .arg(path, file.absolutePath()));
    if (file.exists() && !file.isFile())
        return Error::database(QStringLiteral("cannot open database %1: not a file").arg(path));

    auto dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    if (!dialect)
        return dialect.error();

    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file.absoluteFilePath());
        // Wait for another connection's lock this long before giving up.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    std::unique_ptr<Database> database(new Database(name, file.absoluteFilePath(), *dialect));

    QSqlDatabase db = database->connection();
    if (!db.open())
        return Error::database(
            QStringLiteral("cannot open database %1: %2").arg(path, db.lastError().text()));

    // A file that is not a database, or whose header or schema is damaged,
    // is neither trusted nor written to (the journal mode below may write):
    // reading the whole schema is enough to find out and costs next to
    // nothing. SQLite's check of every page takes seconds on a large store,
    // so it runs after start-up (DatabaseIntegrityCheck).
    auto schema = database->exec(QStringLiteral("SELECT COUNT(*), MAX(LENGTH(sql))"
                                                " FROM sqlite_schema"));
    if (!schema) {
        const QString reason = schema.error().message;
        if (reason.contains(u"malformed") || reason.contains(u"corrupt"))
            return Error::database(QStringLiteral("database %1 is damaged (%2). It was left "
                                                  "untouched: restore it from a backup, or "
                                                  "choose another database.")
                                       .arg(path, reason));
        return Error::database(QStringLiteral("cannot use database %1: %2").arg(path, reason));
    }
    schema.value().finish();

    for (const QString &statement : database->m_dialect.connectionSetup()) {
        auto done = database->exec(statement);
        if (!done)
            return Error::database(
                QStringLiteral("cannot use database %1: %2").arg(path, done.error().message));
        // journal_mode answers with the mode it actually got; a read-only or
        // in-memory file silently stays in another mode.
        QSqlQuery &query = done.value();
        if (statement.contains(u"journal_mode") && query.next()
            && query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            return Error::database(
                QStringLiteral("cannot use database %1: write-ahead logging unavailable (got %2)")
                    .arg(path, query.value(0).toString()));
    }
    qCInfo(lcDatabase) << "opened" << database->m_location;
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::errorFor(const QString &sql, const QSqlError &error) const
{
    QString reason = error.text().trimmed();
    if (m_dialect.isTransient(error))
        reason
            = QStringLiteral("the database is busy or locked by another program (%1)").arg(reason);
    return Error::database(QStringLiteral("%1 failed: %2").arg(statementHead(sql), reason));
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        auto error = errorFor(sql, query.lastError());
        qCWarning(lcDatabase).noquote() << error.message;
        return error;
    }
    if (auto done = bindAndExec(query, sql, bindings); !done)
        return done.error();
    return query;
}

Result<CachedQuery> Database::execCached(const QString &sql, const QVariantList &bindings) const
{
    std::optional<QSqlQuery> query;
    if (auto idle = m_idleStatements.find(sql);
        idle != m_idleStatements.end() && !idle->second.empty()) {
        query.emplace(std::move(idle->second.back()));
        idle->second.pop_back();
    } else {
        query.emplace(connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            auto error = errorFor(sql, query->lastError());
            qCWarning(lcDatabase).noquote() << error.message;
            return error;
        }
        ++m_statementsPrepared;
    }
    // On failure the statement is dropped here: whatever state the driver
    // left it in, the next call starts from a fresh prepare.
    if (auto done = bindAndExec(*query, sql, bindings); !done)
        return done.error();
    return CachedQuery(*this, sql, std::move(*query));
}

Result<void> Database::bindAndExec(QSqlQuery &query, const QString &sql,
                                   const QVariantList &bindings) const
{
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        auto error = errorFor(sql, query.lastError());
        qCWarning(lcDatabase).noquote() << error.message;
        return error;
    }
    return {};
}

void Database::giveBack(QString sql, QSqlQuery query) const
{
    // Reset: ends the statement's read of the database, keeps it compiled.
    query.finish();
    // The SQL texts come from code, so few; the cap only guards against a
    // caller that builds texts from data.
    constexpr size_t kMaxTexts = 256;
    auto idle = m_idleStatements.find(sql);
    if (idle == m_idleStatements.end()) {
        if (m_idleStatements.size() >= kMaxTexts || !connection().isOpen())
            return;
        idle = m_idleStatements.try_emplace(std::move(sql)).first;
    }
    idle->second.push_back(std::move(query));
}

qsizetype Database::cachedStatementCount() const
{
    qsizetype count = 0;
    for (const auto &[sql, statements] : m_idleStatements)
        count += qsizetype(statements.size());
    return count;
}

Result<void> Database::begin()
{
    Q_ASSERT_X(!m_inTransaction, "Database::writeTransaction", "transactions do not nest");
    if (m_inTransaction)
        return Error::database(QStringLiteral("a transaction is already open"));
    auto begun = execCached(m_dialect.beginWriteTransaction());
    if (!begun)
        return begun.error();
    m_inTransaction = true;
    return {};
}

Result<void> Database::commit()
{
    auto committed = execCached(QStringLiteral("COMMIT"));
    if (!committed)
        return committed.error();
    m_inTransaction = false;
    return {};
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    // A failed statement may already have ended the transaction (SQLite does
    // on some errors); ROLLBACK then fails harmlessly.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcDatabase) << "rollback:" << query.lastError().text();
    m_inTransaction = false;
}

} // namespace quire
