#include "SimRefund.h"

namespace quire::sim {

QJsonObject SimRefund::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("refund")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("payment_intent"), paymentIntentId},
        {QStringLiteral("charge"), chargeId},
        {QStringLiteral("status"), status},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("created"), created},
    };
    if (!failureReason.isEmpty())
        object.insert(QStringLiteral("failure_reason"), failureReason);
    return object;
}

} // namespace quire::sim

namespace quire::sim {

std::optional<SimRefund> SimRefund::fromState(const QJsonObject &state)
{
    SimRefund refund;
    refund.id = state.value(u"id").toString();
    refund.amount = state.value(u"amount").toInteger();
    refund.currency = state.value(u"currency").toString();
    refund.paymentIntentId = state.value(u"payment_intent").toString();
    refund.chargeId = state.value(u"charge").toString();
    refund.status = state.value(u"status").toString();
    refund.failureReason = state.value(u"failure_reason").toString();
    refund.metadata = state.value(u"metadata").toObject();
    refund.created = state.value(u"created").toInteger();
    if (!refund.id.startsWith(u"re_") || refund.amount <= 0 || refund.paymentIntentId.isEmpty())
        return std::nullopt;
    return refund;
}

} // namespace quire::sim
