#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace quire::sim {

// A refund against a payment intent's charge.
struct SimRefund
{
    QString id;
    qint64 amount = 0;
    QString currency;
    QString paymentIntentId;
    QString chargeId;
    QString status = QStringLiteral("succeeded"); // pending, succeeded, failed
    QString failureReason;
    QJsonObject metadata;
    qint64 created = 0;

    // Counts against what is left to refund unless it failed.
    bool holdsAmount() const { return status != u"failed"; }
    QJsonObject toJson() const;
    // The API object carries every field, so it is also the saved state.
    static std::optional<SimRefund> fromState(const QJsonObject &state);
};

} // namespace quire::sim
