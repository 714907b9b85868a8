#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace quire {

// The parts of a gateway callback event (Stripe's event object) that Quire
// acts on, read from whichever object the event carries: a checkout session,
// a payment intent, a charge or a refund. See docs/gateway-protocol.md.
struct GatewayEvent
{
    QString id;
    QString type;
    QString objectType; // "checkout.session", "payment_intent", "charge", "refund"
    QString sessionId;
    QString paymentIntent;
    std::optional<qint64> quirePaymentId;
    std::optional<qint64> quireRefundId;
    // The store that made the object (metadata quire_installation_id); empty
    // for objects made before Quire sent it, and for anything not Quire's.
    QString installationId;
    QString sessionStatus;        // open | complete | expired
    QString paymentStatus;        // paid | unpaid
    std::optional<qint64> amount; // minor units: amount_total, amount, or amount_refunded
    QString currency;             // upper case ISO 4217
    QString failureMessage;
    QString refundId;
    QString refundStatus; // pending | succeeded | failed

    // Parses and checks the shape; the signature must have been verified first.
    static Result<GatewayEvent> fromJson(const QByteArray &body);

    // The metadata key Quire sends its installation id under.
    static QString installationMetadataKey() { return QStringLiteral("quire_installation_id"); }
};

} // namespace quire
