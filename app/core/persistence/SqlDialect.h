#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

class QSqlError;

namespace quire {

// THE place for SQL that differs between SQLite and PostgreSQL. Everything
// else in Quire is written in the common subset both accept (RETURNING,
// ON CONFLICT, partial indexes, BIGINT epoch-millisecond timestamps).
//
// Migrations use two tools from here:
//  - tokens such as ${IDENTITY_PRIMARY_KEY} that expand per backend;
//  - marked sections: lines after `-- @sqlite` or `-- @postgresql` apply to
//    that backend only, until `-- @all`.
class SqlDialect
{
public:
    enum class Backend { Sqlite, PostgreSql };

    static Result<SqlDialect> forDriver(const QString &driverName);

    Backend backend() const { return m_backend; }
    QString name() const;

    // Statements run on every new connection before it is used.
    QStringList connectionSetup() const;

    // Starts a transaction that will write. SQLite takes the write lock at
    // once (BEGIN IMMEDIATE) so that a read-then-write transaction cannot fail
    // half-way with SQLITE_BUSY when another connection wrote meanwhile.
    QString beginWriteTransaction() const;

    // Around the migration transaction (before BEGIN, after COMMIT):
    // terminals starting together must not migrate one database at once.
    // A session lock, because a SERIALIZABLE transaction's snapshot would
    // predate the other's commit even if it waited for a lock inside.
    // SQLite's BEGIN IMMEDIATE already excludes other writers: empty there.
    QString migrationLock() const;
    QString migrationUnlock() const;

    // A migration's text with its tokens expanded and foreign sections removed.
    QString expandMigration(const QString &text) const;

    // True when the error means "try again later" (lock held, serialisation
    // failure) rather than "this will never work".
    bool isTransient(const QSqlError &error) const;
    // True when the transaction lost to a concurrent one (serialization
    // failure, deadlock) and running it again from the start may succeed.
    bool isRetryable(const QSqlError &error) const;
    // True when the error means the connection to the server is gone.
    bool isConnectionFailure(const QSqlError &error) const;

    // After rows were inserted with their ids given (a store moved from
    // another database): makes the next generated id follow the largest.
    // Empty when nothing is needed (SQLite's AUTOINCREMENT keeps up by itself).
    QString resetIdentitySql(const QString &table) const;

    // Catalog search. `words` are what CatalogSearch kept of the user's text:
    // runs of letters and digits only, so nothing in them can be query
    // syntax. Each becomes a prefix term; all of them must match.
    QString catalogSearchQuery(const QStringList &words) const;

    // Statements around a large write (a catalog import): before it, and
    // after it to return the connection to its usual settings. SQLite gets a
    // page cache big enough that index pages are not written out and read
    // back for every few rows.
    QStringList bulkWriteSetup() const;
    QStringList bulkWriteTeardown() const;

    // How catalog results are ordered. Relevance (bm25, ts_rank) costs time
    // in proportion to how many books each word matches in the whole
    // catalog, so it is only used for selective queries; a broad query
    // ("th") lists its first matches by title instead.
    enum class CatalogOrder { Relevance, Title };

    // Counts matches of a catalog query, stopping at a cap. Binds: the text
    // from catalogSearchQuery(), the cap. Returns one number.
    QString catalogMatchCountSql() const;

    // Search over the catalog. Binds, in order: the text from
    // catalogSearchQuery(), the number of matches to order at most, then
    // LIMIT and OFFSET. Returns isbn13, title, authors, price_minor,
    // currency, stock, cover_path; ties broken by title and ISBN.
    QString catalogSearchSql(CatalogOrder order = CatalogOrder::Relevance) const;

private:
    explicit SqlDialect(Backend backend)
        : m_backend(backend)
    {}

    Backend m_backend;
};

} // namespace quire
