#pragma once

#include <QSqlQuery>
#include <QString>

namespace quire {

class Database;

// A statement checked out of Database's statement cache (Database::execCached),
// already executed. It is the holder's alone until it is destroyed; then it is
// reset and goes back to the cache for the next call with the same SQL. Use it
// like a pointer to the query: `QSqlQuery &row = *query;`, `query->next()`.
// It must not outlive the Database it came from.
class CachedQuery final
{
public:
    CachedQuery(CachedQuery &&other) noexcept;
    CachedQuery &operator=(CachedQuery &&other) = delete;
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;
    ~CachedQuery();

    QSqlQuery &operator*() { return m_query; }
    QSqlQuery *operator->() { return &m_query; }
    const QSqlQuery *operator->() const { return &m_query; }

private:
    friend class Database;
    CachedQuery(const Database &owner, QString sql, QSqlQuery query);
    // A statement that is not kept for reuse.
    explicit CachedQuery(QSqlQuery uncached);

    const Database *m_owner;
    QString m_sql;
    QSqlQuery m_query;
};

} // namespace quire
