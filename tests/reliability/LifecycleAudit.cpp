#include "LifecycleAudit.h"

#include "persistence/Database.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace quire::test {

namespace {

struct History
{
    int starts = 0;
    int outcomes = 0;
    int paid = 0;
    int refunds = 0;
    QString lastStatus;
};

// Event type -> the status it moves its record to; only lifecycle events.
const QHash<QString, QString> &paymentStatusOf()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("PaymentStarted"), QStringLiteral("pending")},
        {QStringLiteral("PaymentSucceeded"), QStringLiteral("paid")},
        {QStringLiteral("PaymentFailed"), QStringLiteral("failed")},
        {QStringLiteral("PaymentCancelled"), QStringLiteral("cancelled")},
        {QStringLiteral("PaymentTimedOut"), QStringLiteral("timeout")},
        {QStringLiteral("PaymentRefunded"), QStringLiteral("refunded")},
    };
    return map;
}

const QHash<QString, QString> &orderStatusOf()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("OrderCreated"), QStringLiteral("created")},
        {QStringLiteral("OrderPaid"), QStringLiteral("paid")},
        {QStringLiteral("OrderCancelled"), QStringLiteral("cancelled")},
        {QStringLiteral("OrderRefunded"), QStringLiteral("refunded")},
    };
    return map;
}

} // namespace

QStringList LifecycleAudit::run(const Database &database)
{
    QStringList violations;
    QHash<qint64, History> payments;
    QHash<qint64, History> orders;

    auto events = database.exec(
        QStringLiteral("SELECT aggregate_type, aggregate_id, type FROM events ORDER BY id"));
    if (!events)
        return {events.error().message};
    while (events.value().next()) {
        const QString aggregate = events.value().value(0).toString();
        const qint64 id = events.value().value(1).toLongLong();
        const QString type = events.value().value(2).toString();
        const bool isPayment = aggregate == u"payment";
        const auto &statusOf = isPayment ? paymentStatusOf() : orderStatusOf();
        if (!statusOf.contains(type))
            continue; // LateCaptureDetected, RefundFailed, ...: no status change
        History &history = isPayment ? payments[id] : orders[id];
        const QString to = statusOf.value(type);
        if (to == u"pending" || to == u"created")
            ++history.starts;
        else if (to == u"refunded")
            ++history.refunds;
        else if (!(isPayment && to == u"paid" && history.lastStatus == u"failed"))
            ++history.outcomes; // failed -> paid (a second card after a decline) is one sale
        if (to == u"paid")
            ++history.paid;
        if (to == u"refunded" && history.lastStatus != u"paid")
            violations << QStringLiteral("%1 %2 refunded while %3")
                              .arg(aggregate)
                              .arg(id)
                              .arg(history.lastStatus);
        history.lastStatus = to;
    }

    auto check = [&](const QString &what, qint64 id, const History &history,
                     const QString &status) {
        if (history.starts != 1)
            violations << QStringLiteral("%1 %2 has %3 start events")
                              .arg(what)
                              .arg(id)
                              .arg(history.starts);
        if (history.outcomes > 1)
            violations << QStringLiteral("%1 %2 has %3 outcome events")
                              .arg(what)
                              .arg(id)
                              .arg(history.outcomes);
        if (history.paid > 1)
            violations
                << QStringLiteral("%1 %2 was paid %3 times").arg(what).arg(id).arg(history.paid);
        if (history.refunds > 1)
            violations << QStringLiteral("%1 %2 was refunded %3 times")
                              .arg(what)
                              .arg(id)
                              .arg(history.refunds);
        if (history.lastStatus != status)
            violations << QStringLiteral("%1 %2 is '%3' but its last event says '%4'")
                              .arg(what)
                              .arg(id)
                              .arg(status, history.lastStatus);
    };

    QHash<qint64, int> paidAttemptsPerOrder;
    auto paymentRows = database.exec(QStringLiteral("SELECT id, order_id, status FROM payments"));
    if (!paymentRows)
        return violations << paymentRows.error().message;
    qsizetype paymentCount = 0;
    while (paymentRows.value().next()) {
        ++paymentCount;
        const qint64 id = paymentRows.value().value(0).toLongLong();
        const QString status = paymentRows.value().value(2).toString();
        check(QStringLiteral("payment"), id, payments.value(id), status);
        if (status == u"paid" || status == u"refunded")
            ++paidAttemptsPerOrder[paymentRows.value().value(1).toLongLong()];
    }
    if (paymentCount != payments.size())
        violations << QStringLiteral("%1 payments have events, %2 exist")
                          .arg(payments.size())
                          .arg(paymentCount);

    auto orderRows = database.exec(QStringLiteral("SELECT id, status FROM orders"));
    if (!orderRows)
        return violations << orderRows.error().message;
    qsizetype orderCount = 0;
    while (orderRows.value().next()) {
        ++orderCount;
        const qint64 id = orderRows.value().value(0).toLongLong();
        const QString status = orderRows.value().value(1).toString();
        check(QStringLiteral("order"), id, orders.value(id), status);
        const int paidAttempts = paidAttemptsPerOrder.value(id);
        const bool orderPaid = status == u"paid" || status == u"refunded";
        if (paidAttempts > 1 || (paidAttempts == 1) != orderPaid)
            violations << QStringLiteral("order %1 is '%2' with %3 paid attempts")
                              .arg(id)
                              .arg(status)
                              .arg(paidAttempts);
    }
    if (orderCount != orders.size())
        violations
            << QStringLiteral("%1 orders have events, %2 exist").arg(orders.size()).arg(orderCount);

    auto halfDone = database.exec(
        QStringLiteral("SELECT COUNT(*) FROM gateway_events WHERE outcome = 'processing'"));
    if (!halfDone)
        return violations << halfDone.error().message;
    if (halfDone.value().next() && halfDone.value().value(0).toLongLong() != 0)
        violations << QStringLiteral("%1 gateway events left 'processing'")
                          .arg(halfDone.value().value(0).toLongLong());
    return violations;
}

QStringList LifecycleAudit::sessionsLeftOpen(const Database &database,
                                             const QSet<QString> &openAtGateway, bool allFollowedUp)
{
    QStringList violations;
    auto ended = database.exec(
        QStringLiteral("SELECT id, status, gateway_session_id, session_closed_at FROM payments"
                       " WHERE status IN ('failed', 'cancelled', 'timeout')"
                       " AND gateway_session_id IS NOT NULL ORDER BY id"));
    if (!ended)
        return {ended.error().message};
    while (ended.value().next()) {
        const QString session = ended.value().value(2).toString();
        if (!openAtGateway.contains(session))
            continue;
        const bool followed = ended.value().value(3).isNull();
        if (!followed || allFollowedUp)
            violations << QStringLiteral("payment %1 is '%2' but its session %3 is still open at "
                                         "the gateway%4")
                              .arg(ended.value().value(0).toLongLong())
                              .arg(ended.value().value(1).toString(), session,
                                   followed ? QString()
                                            : QStringLiteral(", and nothing follows it up"));
    }
    return violations;
}

} // namespace quire::test
