#include "persistence/Database.h"

#include "support/LoggingCategories.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>
#include <QUrlQuery>
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

// Write transactions that keep colliding give up after this many runs.
constexpr int kMaxTransactionAttempts = 10;

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

bool Database::isPostgresUrl(const QString &location)
{
    return location.startsWith(u"postgresql://", Qt::CaseInsensitive)
           || location.startsWith(u"postgres://", Qt::CaseInsensitive);
}

Result<QUrl> Database::parsePostgresUrl(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    // Never echo the text back: it may hold a password.
    if (!url.isValid() || !isPostgresUrl(location))
        return Error::invalid(QCoreApplication::translate(
            "quire::Database", "the database URL is not a valid postgresql:// URL "
                               "(postgresql://user@host:port/dbname)"));
    if (!url.password().isEmpty())
        return Error::invalid(QCoreApplication::translate(
            "quire::Database", "the database URL must not contain a password: put "
                               "it in --db-password-file or QUIRE_DB_PASSWORD"));
    if (url.userName().isEmpty() || url.host().isEmpty())
        return Error::invalid(QCoreApplication::translate(
            "quire::Database", "the database URL needs a user and a host "
                               "(postgresql://user@host:port/dbname)"));
    const QString name = url.path().mid(1);
    if (name.isEmpty() || name.contains(u'/'))
        return Error::invalid(QCoreApplication::translate("quire::Database",
                                                          "the database URL needs a database name "
                                                          "(postgresql://user@host:port/dbname)"));
    return url;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const QString &password,
                                                 const QString &applicationName)
{
    if (!isPostgresUrl(location))
        return openSqlite(location);
    auto url = parsePostgresUrl(location);
    if (!url)
        return url.error();
    return openPostgres(*url, password, applicationName);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QUrl &url, const QString &password,
                                                         const QString &applicationName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::database(QCoreApplication::translate(
            "quire::Database", "cannot open a PostgreSQL database: Qt's QPSQL "
                               "driver is not installed (Debian: libqt6sql6-psql)"));
    auto dialect = SqlDialect::forDriver(QStringLiteral("QPSQL"));
    if (!dialect)
        return dialect.error();

    const QString dbName = url.path().mid(1);
    const int port = url.port(5432);
    const QString location = QStringLiteral("postgresql://%1@%2:%3/%4")
                                 .arg(url.userName(), url.host())
                                 .arg(port)
                                 .arg(dbName);
    // libpq options, `;`-separated for QPSQL. A dead server or cable is
    // noticed in seconds, not after the kernel's two-hour keepalive.
    QStringList options{QStringLiteral("connect_timeout=5"), QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=5"),
                        QStringLiteral("keepalives_count=3")};
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString appName = applicationName.isEmpty() ? QStringLiteral("quire") : applicationName;
    appName.replace(unsafe, QStringLiteral("_"));
    options.append(QStringLiteral("application_name=") + appName.left(60));
    // sslmode, sslrootcert and the like pass through from the URL's query.
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key.contains(unsafe) || value.contains(u';') || value.contains(u' '))
            return Error::invalid(
                QCoreApplication::translate("quire::Database",
                                            "the database URL has an unusable option %1")
                    .arg(key));
        options.append(key + u'=' + value);
    }

    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(port);
        db.setUserName(url.userName());
        db.setPassword(password);
        db.setDatabaseName(dbName);
        db.setConnectOptions(options.join(u';'));
    }
    std::unique_ptr<Database> database(new Database(name, location, *dialect));
    QSqlDatabase db = database->connection();
    if (!db.open())
        return Error::database(
            QCoreApplication::translate("quire::Database", "cannot open database %1: %2")
                .arg(location, db.lastError().text()));
    if (auto setUp = database->runConnectionSetup(); !setUp)
        return Error::database(
            QCoreApplication::translate("quire::Database", "cannot use database %1: %2")
                .arg(location, setUp.error().message));
    qCInfo(lcDatabase) << "opened" << database->m_location;
    return database;
}

Result<void> Database::runConnectionSetup()
{
    const QStringList statements = m_dialect.connectionSetup();
    for (const QString &statement : statements) {
        if (auto done = exec(statement); !done)
            return done.error();
    }
    return {};
}

bool Database::ping()
{
    if (m_dialect.backend() == SqlDialect::Backend::Sqlite)
        return true;
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SELECT 1")))
        return true;
    // An aborted transaction answers with its own SQLSTATE: the server is there.
    const QSqlError error = query.lastError();
    if (!error.nativeErrorCode().isEmpty() && !m_dialect.isConnectionFailure(error))
        return true;
    m_connectionLost = true;
    return false;
}

Result<void> Database::reconnect()
{
    m_inTransaction = false;
    // Statements prepared on the old connection are gone with it.
    m_idleStatements.clear();
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        m_connectionLost = true;
        return Error::database(
            QCoreApplication::translate("quire::Database", "cannot reconnect to database %1: %2")
                .arg(m_location, db.lastError().text()));
    }
    m_connectionLost = false;
    if (auto setUp = runConnectionSetup(); !setUp) {
        m_connectionLost = true;
        return setUp;
    }
    qCInfo(lcDatabase) << "reconnected to" << m_location;
    return {};
}

bool Database::retryAfterConflict(int attempt)
{
    if (!m_conflicted || attempt >= kMaxTransactionAttempts)
        return false;
    // Exponential backoff with jitter, so colliding terminals spread out:
    // up to 2, 4, 8 ... 256 ms.
    const int ceilingMs = 1 << std::min(attempt, 8);
    const int waitMs = 1 + int(QRandomGenerator::global()->bounded(ceilingMs));
    qCDebug(lcDatabase) << "write transaction conflicted, attempt" << attempt << "- again in"
                        << waitMs << "ms";
    ++m_conflictRetries;
    QThread::msleep(ulong(waitMs));
    return true;
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
    const QFileInfo file(path);
    if (!file.absoluteDir().exists())
        return Error::database(
            QCoreApplication::translate("quire::Database",
                                        "cannot open database %1: folder %2 does not exist")
                .arg(path, file.absolutePath()));
    if (file.exists() && !file.isFile())
        return Error::database(
            QCoreApplication::translate("quire::Database", "cannot open database %1: not a file")
                .arg(path));

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
            QCoreApplication::translate("quire::Database", "cannot open database %1: %2")
                .arg(path, db.lastError().text()));

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
            return Error::database(
                QCoreApplication::translate("quire::Database",
                                            "database %1 is damaged (%2). It was left "
                                            "untouched: restore it from a backup, or "
                                            "choose another database.")
                    .arg(path, reason));
        return Error::database(
            QCoreApplication::translate("quire::Database", "cannot use database %1: %2")
                .arg(path, reason));
    }
    schema.value().finish();

    for (const QString &statement : database->m_dialect.connectionSetup()) {
        auto done = database->exec(statement);
        if (!done)
            return Error::database(
                QCoreApplication::translate("quire::Database", "cannot use database %1: %2")
                    .arg(path, done.error().message));
        // journal_mode answers with the mode it actually got; a read-only or
        // in-memory file silently stays in another mode.
        QSqlQuery &query = done.value();
        if (statement.contains(u"journal_mode") && query.next()
            && query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            return Error::database(
                QCoreApplication::translate(
                    "quire::Database",
                    "cannot use database %1: write-ahead logging unavailable (got %2)")
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
    if (m_dialect.backend() == SqlDialect::Backend::PostgreSql) {
        // The server's DETAIL line quotes the row ("Failing row contains
        // ...", "Key (email)=(...)"): personal data, never put in a message.
        reason = error.databaseText().section(u'\n', 0, 0).trimmed();
        if (reason.isEmpty())
            reason = error.driverText().trimmed();
        if (!error.nativeErrorCode().isEmpty())
            reason += QStringLiteral(" (SQLSTATE %1)").arg(error.nativeErrorCode());
    }
    if (m_dialect.isRetryable(error))
        m_conflicted = true;
    if (m_dialect.backend() == SqlDialect::Backend::PostgreSql
        && (m_dialect.isConnectionFailure(error) || error.nativeErrorCode().isEmpty())) {
        // libpq reports a dropped connection without a SQLSTATE; ask again.
        QSqlQuery probe(connection());
        if (!probe.exec(QStringLiteral("SELECT 1"))
            && (probe.lastError().nativeErrorCode().isEmpty()
                || m_dialect.isConnectionFailure(probe.lastError()))) {
            if (!m_connectionLost)
                qCWarning(lcDatabase).noquote() << "lost the connection to" << m_location;
            m_connectionLost = true;
            reason = QCoreApplication::translate("quire::Database",
                                                 "the connection to the database was lost (%1)")
                         .arg(reason);
        }
    }
    if (m_dialect.isTransient(error))
        reason = QCoreApplication::translate(
                     "quire::Database", "the database is busy or locked by another program (%1)")
                     .arg(reason);
    return Error::database(QCoreApplication::translate("quire::Database", "%1 failed: %2")
                               .arg(statementHead(sql), reason));
}

void Database::setForwardOnlyIfSafe(QSqlQuery &query) const
{
    // Forward-only saves SQLite from keeping every row it has stepped past.
    // Not on PostgreSQL: QPSQL runs a forward-only query in libpq's
    // single-row mode, fetching rows as next() asks for them, and starting
    // any other query on the connection cuts that result short, so a query
    // run while iterating another (a nested lookup, a cached statement used
    // twice) would silently lose the outer query's remaining rows. A
    // non-forward-only QPSQL query buffers its whole result at exec(), so
    // nesting is safe.
    if (m_dialect.backend() == SqlDialect::Backend::Sqlite)
        query.setForwardOnly(true);
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings) const
{
    if (m_connectionLost)
        return Error::database(
            QCoreApplication::translate("quire::Database",
                                        "%1 failed: the connection to the database %2 is "
                                        "lost; reconnecting")
                .arg(statementHead(sql), m_location));
    QSqlQuery query(connection());
    setForwardOnlyIfSafe(query);
    // PostgreSQL cannot PREPARE transaction control or DDL; a statement
    // without values needs no preparing anyway.
    if (bindings.isEmpty() && m_dialect.backend() == SqlDialect::Backend::PostgreSql) {
        if (!query.exec(sql)) {
            auto error = errorFor(sql, query.lastError());
            qCWarning(lcDatabase).noquote() << error.message;
            return error;
        }
        return query;
    }
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
    // Lost connections fail fast, and PostgreSQL statements without values
    // (transaction control, DDL) cannot be prepared: both as exec() does them,
    // and nothing is kept.
    if (m_connectionLost
        || (bindings.isEmpty() && m_dialect.backend() == SqlDialect::Backend::PostgreSql)) {
        auto plain = exec(sql);
        if (!plain)
            return plain.error();
        return CachedQuery(std::move(plain).value());
    }
    std::optional<QSqlQuery> query;
    if (auto idle = m_idleStatements.find(sql);
        idle != m_idleStatements.end() && !idle->second.empty()) {
        query.emplace(std::move(idle->second.back()));
        idle->second.pop_back();
    } else {
        query.emplace(connection());
        setForwardOnlyIfSafe(*query);
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
        return Error::database(
            QStringLiteral("a transaction is already open")); // notr: nesting is a bug
    m_conflicted = false;
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
    m_inTransaction = false;
    if (m_connectionLost)
        return;
    // A failed statement may already have ended the transaction (SQLite does
    // on some errors); ROLLBACK then fails harmlessly.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcDatabase) << "rollback:" << query.lastError().text();
    m_inTransaction = false;
}

} // namespace quire
