#include "SimPaymentIntent.h"

namespace quire::sim {

QJsonObject SimPaymentIntent::toJson() const
{
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

QJsonObject SimPaymentIntent::chargeJson() const
{
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

namespace quire::sim {

QJsonObject SimPaymentIntent::toState() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("status"), status},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("last_payment_error"), lastPaymentError},
        {QStringLiteral("charge"), chargeId},
        {QStringLiteral("amount_refunded"), amountRefunded},
        {QStringLiteral("created"), created},
    };
}

std::optional<SimPaymentIntent> SimPaymentIntent::fromState(const QJsonObject &state)
{
    SimPaymentIntent intent;
    intent.id = state.value(u"id").toString();
    intent.amount = state.value(u"amount").toInteger();
    intent.currency = state.value(u"currency").toString();
    intent.status = state.value(u"status").toString();
    intent.metadata = state.value(u"metadata").toObject();
    intent.lastPaymentError = state.value(u"last_payment_error").toObject();
    intent.chargeId = state.value(u"charge").toString();
    intent.amountRefunded = state.value(u"amount_refunded").toInteger();
    intent.created = state.value(u"created").toInteger();
    if (!intent.id.startsWith(u"pi_") || intent.currency.isEmpty() || intent.status.isEmpty())
        return std::nullopt;
    return intent;
}

} // namespace quire::sim
