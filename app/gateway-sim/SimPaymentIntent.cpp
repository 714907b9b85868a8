#include "SimPaymentIntent.h"

namespace quire::sim {

QJsonObject SimPaymentIntent::toJson() const {
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("payment_intent")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("amount_received"), isCharged() ? amount : 0},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("status"), status},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("last_payment_error"),
         lastPaymentError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastPaymentError)},
        {QStringLiteral("latest_charge"),
         chargeId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(chargeId)},
        {QStringLiteral("created"), created},
        {QStringLiteral("livemode"), false},
    };
}

QJsonObject SimPaymentIntent::chargeJson() const {
    return {
        {QStringLiteral("id"), chargeId},
        {QStringLiteral("object"), QStringLiteral("charge")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("amount_refunded"), amountRefunded},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("payment_intent"), id},
        {QStringLiteral("paid"), true},
        {QStringLiteral("refunded"), amountRefunded >= amount},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("livemode"), false},
    };
}

} // namespace quire::sim
