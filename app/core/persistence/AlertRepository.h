#pragma once

#include "domain/Alert.h"
#include "domain/Result.h"

#include <QList>

namespace quire {

class Database;

class AlertRepository final
{
public:
    explicit AlertRepository(Database &database)
        : m_database(database)
    {}

    Result<Alert> insert(const QString &kind, const QString &message,
                         std::optional<qint64> paymentId, qint64 nowMs);
    // The open alert of `kind` for `paymentId` (or for no payment), if any.
    Result<std::optional<Alert>> findOpen(const QString &kind,
                                          std::optional<qint64> paymentId) const;
    // Resolves every open alert of `kind` (for `paymentId`, or all when unset).
    Result<int> resolve(const QString &kind, std::optional<qint64> paymentId, qint64 nowMs);
    Result<QList<Alert>> open() const;

private:
    Result<QList<Alert>> select(const QString &where, const QVariantList &bindings) const;

    Database &m_database;
};

} // namespace quire
