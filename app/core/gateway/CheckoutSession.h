#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrl>

namespace quire {

// A checkout.session object as the gateway returns it. Parsing validates
// what Quire relies on, so a malformed answer is an error, not a half-filled
// session. `url` holds the hosted page with its secret token: never log it.
struct CheckoutSession
{
    enum class Status { Open, Complete, Expired };
    enum class PaymentStatus { Unpaid, Paid, NoPaymentRequired };

    QString id;
    QUrl url;
    qint64 amountTotal = 0; // minor units
    QString currency;       // lower-case ISO code as sent by the gateway
    Status status = Status::Open;
    PaymentStatus paymentStatus = PaymentStatus::Unpaid;
    QString clientReferenceId;
    QMap<QString, QString> metadata;
    QString paymentIntent; // may be empty until the customer pays (Stripe) or set at once
    QDateTime created;
    QDateTime expiresAt;
    QString successUrl;
    QString cancelUrl;

    bool isPaid() const { return paymentStatus == PaymentStatus::Paid; }

    static Result<CheckoutSession> fromJson(const QJsonObject &object);
    static QString toString(Status status);
    static QString toString(PaymentStatus status);
};

} // namespace quire
