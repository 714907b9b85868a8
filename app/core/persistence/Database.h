#pragma once

#include "domain/Result.h"
#include "persistence/CachedQuery.h"
#include "persistence/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace quire {

// One open connection to Quire's database, set up for safety (WAL,
// synchronous=FULL, foreign keys) and with the only two ways the core talks
// SQL: exec() for a checked statement, writeTransaction() for an atomic unit.
class Database final
{
public:
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);
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

private:
    friend class CachedQuery;

    Database(QString connectionName, QString location, SqlDialect dialect);

    Result<void> begin();
    Result<void> commit();
    void rollback();
    Error errorFor(const QString &sql, const QSqlError &error) const;
    Result<void> bindAndExec(QSqlQuery &query, const QString &sql,
                             const QVariantList &bindings) const;
    void giveBack(QString sql, QSqlQuery query) const;

    QString m_connectionName;
    QString m_location;
    SqlDialect m_dialect;
    bool m_inTransaction = false;
    // Idle prepared statements by SQL text (execCached).
    mutable std::unordered_map<QString, std::vector<QSqlQuery>> m_idleStatements;
    mutable quint64 m_statementsPrepared = 0;
};

template<typename Work>
std::invoke_result_t<Work> Database::writeTransaction(Work &&work)
{
    if (auto begun = begin(); !begun)
        return begun.error();
    auto result = work();
    if (!result) {
        rollback();
        return result;
    }
    if (auto committed = commit(); !committed) {
        rollback();
        return committed.error();
    }
    return result;
}

} // namespace quire
