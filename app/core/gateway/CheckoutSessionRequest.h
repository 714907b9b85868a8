#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace quire {

// What Quire asks the gateway for when a customer is about to pay: the
// parameters of POST /v1/checkout/sessions (docs/gateway-protocol.md).
struct CheckoutSessionRequest
{
    struct Line
    {
        QString name;
        qint64 unitAmount = 0; // minor units
        qint64 quantity = 0;
    };

    QString currency; // ISO 4217, sent lower-case
    QList<Line> lines;
    QString clientReferenceId; // Quire order id
    QString quirePaymentId;
    // This store's installation id: sent beside the payment id, so that a
    // callback can tell this store's payments from another's with the same id.
    QString quireInstallationId;
    // Kept as text: the literal {CHECKOUT_SESSION_ID} placeholder must reach
    // the gateway unencoded, which QUrl would not guarantee.
    QString successUrl;
    QString cancelUrl;
    QDateTime expiresAt;

    // Checks what the gateway would refuse anyway, before anything is sent.
    Result<void> validate() const;
    // The form body, Stripe bracket notation.
    QByteArray toFormBody() const;
};

} // namespace quire
