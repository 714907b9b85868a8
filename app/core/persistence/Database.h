#pragma once

#include "domain/Result.h"
#include "persistence/CachedQuery.h"
#include "persistence/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariantList>
#include <memory>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace quire {

// One open connection to Quire's database, set up for safety (SQLite: WAL,
// synchronous=FULL, foreign keys; PostgreSQL: serializable write
// transactions) and with the only two ways the core talks SQL: exec() for a
// checked statement, writeTransaction() for an atomic unit.
class Database final
{
public:
    // What --db names: a postgresql:// (or postgres://) URL, or else a
    // SQLite file path. `password` is only used for PostgreSQL (empty: libpq
    // looks at PGPASSWORD and ~/.pgpass); `applicationName` shows in
    // pg_stat_activity, so a store can tell its terminals apart.
    static Result<std::unique_ptr<Database>> open(const QString &location,
                                                  const QString &password = QString(),
                                                  const QString &applicationName = QString());
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);
    static Result<std::unique_ptr<Database>> openPostgres(const QUrl &url, const QString &password,
                                                          const QString &applicationName);
    static bool isPostgresUrl(const QString &location);
    // Checks a postgresql:// URL: user, host and database present, no
    // password in it (it would show in process lists and shell histories).
    static Result<QUrl> parsePostgresUrl(const QString &location);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const SqlDialect &dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    // Where the data lives, for messages and logs (never contains a password).
    const QString &location() const { return m_location; }

    // Prepares `sql`, binds `bindings` positionally (`?`), executes it, and
    // reports any failure with the statement's opening words and the driver's
    // reason. Values are never put in messages: they may be personal data.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {}) const;
    // The same for statements that run again and again (the repositories):
    // the statement is prepared once per connection and reused, which saves
    // SQLite's compile step, often dearer than a small insert itself. The
    // statement is the caller's until the CachedQuery is destroyed; a nested
    // call with the same SQL meanwhile gets one of its own. A statement that
    // failed is dropped, so the next call prepares it anew.
    Result<CachedQuery> execCached(const QString &sql, const QVariantList &bindings = {}) const;

    // Drops the cached statements and closes the connection; later calls fail.
    void close();
    // For tests and diagnostics: statements waiting in the cache, and how many
    // execCached() has prepared since the connection was opened.
    qsizetype cachedStatementCount() const;
    quint64 statementsPrepared() const { return m_statementsPrepared; }

    // Runs `work` inside one write transaction: commits when it returns a
    // successful Result, rolls back when it fails or the commit fails.
    // Transactions do not nest.
    template<typename Work>
    std::invoke_result_t<Work> writeTransaction(Work &&work);

    bool inTransaction() const { return m_inTransaction; }

    // PostgreSQL is reached over the network and may go away. A statement
    // that fails for want of a connection marks it lost; every later call
    // fails fast until reconnect() succeeds. SQLite never loses it.
    bool isConnectionLost() const { return m_connectionLost; }
    // Asks the server whether it still answers (a cheap round trip).
    bool ping();
    // Closes and opens the connection again, with its setup statements.
    Result<void> reconnect();

    // How many write transactions were run again after a serialization
    // failure or deadlock, since this connection was opened.
    int conflictRetries() const { return m_conflictRetries; }
    // The current write transaction lost to a concurrent one; it can only
    // roll back (writeTransaction then runs it again).
    bool hasConflicted() const { return m_conflicted; }

private:
    friend class CachedQuery;

    Database(QString connectionName, QString location, SqlDialect dialect);

    Result<void> begin();
    Result<void> commit();
    void rollback();
    Result<void> runConnectionSetup();
    Error errorFor(const QString &sql, const QSqlError &error) const;
    void setForwardOnlyIfSafe(QSqlQuery &query) const;
    Result<void> bindAndExec(QSqlQuery &query, const QString &sql,
                             const QVariantList &bindings) const;
    void giveBack(QString sql, QSqlQuery query) const;
    // After a failed attempt: true (having waited a little) when it failed on
    // a conflict with another transaction and may be run again.
    bool retryAfterConflict(int attempt);

    QString m_connectionName;
    QString m_location;
    SqlDialect m_dialect;
    bool m_inTransaction = false;
    // Idle prepared statements by SQL text (execCached).
    mutable std::unordered_map<QString, std::vector<QSqlQuery>> m_idleStatements;
    mutable quint64 m_statementsPrepared = 0;
    mutable bool m_conflicted = false;
    mutable bool m_connectionLost = false;
    int m_conflictRetries = 0;
};

// On PostgreSQL a write transaction is SERIALIZABLE: it behaves as if it ran
// alone, as it does on SQLite. Another terminal's concurrent transaction may
// make it fail with a serialization failure or deadlock; `work` then runs
// again from the start, so it must only touch the database (in-memory
// effects belong after the commit).
template<typename Work>
std::invoke_result_t<Work> Database::writeTransaction(Work &&work)
{
    for (int attempt = 1;; ++attempt) {
        if (auto begun = begin(); !begun)
            return begun.error();
        auto result = work();
        if (result) {
            auto committed = commit();
            if (committed)
                return result;
            rollback();
            if (!retryAfterConflict(attempt))
                return committed.error();
            continue;
        }
        rollback();
        if (!retryAfterConflict(attempt))
            return result;
    }
}

} // namespace quire
