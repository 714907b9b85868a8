#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace quire::sim {

// The payment intent behind a session, and the charge made when it succeeds.
struct SimPaymentIntent
{
    QString id;
    qint64 amount = 0;
    QString currency;
    QString status = QStringLiteral("requires_payment_method"); // then succeeded
    QJsonObject metadata;
    QJsonObject lastPaymentError; // empty until a decline
    QString chargeId;             // set once charged
    qint64 amountRefunded = 0;    // by succeeded refunds
    qint64 created = 0;

    bool isCharged() const { return status == u"succeeded"; }
    QJsonObject toJson() const;
    QJsonObject chargeJson() const;
    QJsonObject toState() const;
    static std::optional<SimPaymentIntent> fromState(const QJsonObject &state);
};

} // namespace quire::sim
