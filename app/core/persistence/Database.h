#pragma once

#include "domain/Result.h"
#include "persistence/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>
#include <type_traits>

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

    // Runs `work` inside one write transaction: commits when it returns a
    // successful Result, rolls back when it fails or the commit fails.
    // Transactions do not nest.
    template<typename Work>
    std::invoke_result_t<Work> writeTransaction(Work &&work);

    bool inTransaction() const { return m_inTransaction; }

private:
    Database(QString connectionName, QString location, SqlDialect dialect);

    Result<void> begin();
    Result<void> commit();
    void rollback();
    Error errorFor(const QString &sql, const QSqlError &error) const;

    QString m_connectionName;
    QString m_location;
    SqlDialect m_dialect;
    bool m_inTransaction = false;
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
