#include "persistence/CachedQuery.h"

#include "persistence/Database.h"

namespace quire {

CachedQuery::CachedQuery(const Database &owner, QString sql, QSqlQuery query)
    : m_owner(&owner)
    , m_sql(std::move(sql))
    , m_query(std::move(query))
{}

CachedQuery::CachedQuery(QSqlQuery uncached)
    : m_owner(nullptr)
    , m_query(std::move(uncached))
{}

CachedQuery::CachedQuery(CachedQuery &&other) noexcept
    : m_owner(std::exchange(other.m_owner, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_query(std::move(other.m_query))
{}

CachedQuery::~CachedQuery()
{
    if (m_owner)
        m_owner->giveBack(std::move(m_sql), std::move(m_query));
}

} // namespace quire
