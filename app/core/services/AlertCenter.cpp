#include "services/AlertCenter.h"

#include "persistence/Database.h"
#include "support/Clock.h"

#include <QLoggingCategory>

namespace quire {

namespace {
Q_LOGGING_CATEGORY(lcAlert, "quire.alert", QtInfoMsg)
} // namespace

AlertCenter::AlertCenter(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_alerts(database)
{}

Alert AlertCenter::raise(const QString &kind, const QString &message,
                         std::optional<qint64> paymentId)
{
    bool isNew = false;
    auto raised = m_database.writeTransaction([&]() -> Result<Alert> {
        auto open = m_alerts.findOpen(kind, paymentId);
        if (!open)
            return open.error();
        if (open.value())
            return *open.value();
        isNew = true;
        return m_alerts.insert(kind, message, paymentId, m_clock.nowMs());
    });
    if (!raised) {
        qCCritical(lcAlert).noquote()
            << "alert" << kind << message << "could not be stored:" << raised.error().message;
        Alert unstored{0, kind, message, paymentId, m_clock.nowUtc(), QDateTime()};
        Q_EMIT alertRaised(unstored);
        return unstored;
    }
    if (isNew) {
        qCWarning(lcAlert).noquote() << "alert" << kind << message;
        Q_EMIT alertRaised(*raised);
    }
    return *raised;
}

Result<int> AlertCenter::resolve(const QString &kind, std::optional<qint64> paymentId)
{
    auto resolved = m_database.writeTransaction(
        [&]() -> Result<int> { return m_alerts.resolve(kind, paymentId, m_clock.nowMs()); });
    if (resolved && *resolved > 0) {
        qCInfo(lcAlert).noquote() << "resolved" << *resolved << "alert(s)" << kind;
        Q_EMIT alertResolved(kind);
    }
    return resolved;
}

void AlertCenter::announceResolved(const QString &kind)
{
    Q_EMIT alertResolved(kind);
}

Result<QList<Alert>> AlertCenter::openAlerts() const
{
    return m_alerts.open();
}

} // namespace quire
