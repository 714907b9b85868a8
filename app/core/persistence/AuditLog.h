#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QList>

namespace quire {

class Database;

class AuditLog final
{
public:
    explicit AuditLog(Database &database)
        : m_database(database)
    {}

    Result<void> append(const AuditEntry &entry);
    Result<QList<AuditEntry>> forEntity(const QString &entityType, const QString &entityId) const;

private:
    Database &m_database;
};

} // namespace quire
