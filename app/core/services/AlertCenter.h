#pragma once

#include "domain/Alert.h"
#include "domain/Result.h"
#include "persistence/AlertRepository.h"

#include <QObject>

namespace quire {

class Clock;
class Database;

// Raises and resolves alerts: a row in `alerts`, a warning on the
// `quire.alert` log category, and a signal the status bar shows.
// Call it outside other transactions; it commits on its own.
class AlertCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCenter)

public:
    AlertCenter(Database &database, const Clock &clock, QObject *parent = nullptr);

    // The open alert (new or already raised). An alert that cannot be stored
    // is still logged and signalled: the person must hear of it either way.
    Alert raise(const QString &kind, const QString &message,
                std::optional<qint64> paymentId = std::nullopt);
    Result<int> resolve(const QString &kind, std::optional<qint64> paymentId = std::nullopt);
    Result<QList<Alert>> openAlerts() const;
    // Tells listeners that alerts of `kind` may have been resolved inside
    // another transaction (a refund settled with its alert closed).
    void announceResolved(const QString &kind);

Q_SIGNALS:
    void alertRaised(const quire::Alert &alert);
    void alertResolved(const QString &kind);

private:
    Database &m_database;
    const Clock &m_clock;
    AlertRepository m_alerts;
};

} // namespace quire
