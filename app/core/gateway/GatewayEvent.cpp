#include "gateway/GatewayEvent.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace quire {

namespace {

std::optional<qint64> idFromMetadata(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(QStringLiteral("metadata")).toObject().value(key);
    // Stripe metadata values are strings; accept a plain number too.
    bool ok = false;
    qint64 id = 0;
    if (value.isString()) {
        id = value.toString().toLongLong(&ok);
    } else if (value.isDouble()) {
        id = value.toInteger();
        ok = true;
    }
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<qint64> integer(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

} // namespace

Result<GatewayEvent> GatewayEvent::fromJson(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::invalid(QStringLiteral(
            "callback body is not a JSON object")); // notr: for the gateway and the log
    const QJsonObject root = document.object();

    GatewayEvent event;
    event.id = root.value(QStringLiteral("id")).toString();
    event.type = root.value(QStringLiteral("type")).toString();
    if (event.id.isEmpty() || event.id.size() > 255)
        return Error::invalid(
            QStringLiteral("callback event has no valid id")); // notr: for the gateway and the log
    if (event.type.isEmpty() || event.type.size() > 255)
        return Error::invalid(
            QStringLiteral("callback event has no type")); // notr: for the gateway and the log
    const QJsonObject object
        = root.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
    if (object.isEmpty())
        return Error::invalid(QStringLiteral(
            "callback event has no data.object")); // notr: for the gateway and the log

    event.objectType = object.value(QStringLiteral("object")).toString();
    event.quirePaymentId = idFromMetadata(object, QStringLiteral("quire_payment_id"));
    event.quireRefundId = idFromMetadata(object, QStringLiteral("quire_refund_id"));
    event.installationId = object.value(QStringLiteral("metadata"))
                               .toObject()
                               .value(installationMetadataKey())
                               .toString();
    event.currency = object.value(QStringLiteral("currency")).toString().toUpper();
    const QString objectId = object.value(QStringLiteral("id")).toString();

    if (event.objectType == u"checkout.session") {
        event.sessionId = objectId;
        event.paymentIntent = object.value(QStringLiteral("payment_intent")).toString();
        event.sessionStatus = object.value(QStringLiteral("status")).toString();
        event.paymentStatus = object.value(QStringLiteral("payment_status")).toString();
        event.amount = integer(object, QStringLiteral("amount_total"));
    } else if (event.objectType == u"payment_intent") {
        event.paymentIntent = objectId;
        event.amount = integer(object, QStringLiteral("amount"));
        event.failureMessage = object.value(QStringLiteral("last_payment_error"))
                                   .toObject()
                                   .value(QStringLiteral("message"))
                                   .toString();
    } else if (event.objectType == u"charge") {
        event.paymentIntent = object.value(QStringLiteral("payment_intent")).toString();
        event.amount = integer(object, QStringLiteral("amount_refunded"));
    } else if (event.objectType == u"refund") {
        event.refundId = objectId;
        event.paymentIntent = object.value(QStringLiteral("payment_intent")).toString();
        event.refundStatus = object.value(QStringLiteral("status")).toString();
        event.amount = integer(object, QStringLiteral("amount"));
        event.failureMessage = object.value(QStringLiteral("failure_reason")).toString();
    }
    return event;
}

} // namespace quire
