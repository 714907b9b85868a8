#include "SimFaults.h"

namespace quire::sim {

const QList<SimFaults::Switch> &SimFaults::switches()
{
    static const QList<Switch> all = {
        {QStringLiteral("delay-ms"),
         QStringLiteral("Delay every API request by N ms before it runs."), true},
        {QStringLiteral("drop-webhooks"), QStringLiteral("Never deliver webhooks."), false},
        {QStringLiteral("duplicate-webhooks"),
         QStringLiteral("Deliver every webhook twice (same event id)."), false},
        {QStringLiteral("reorder-webhooks"),
         QStringLiteral("Hold webhooks for a moment and deliver them newest first."), false},
        {QStringLiteral("unreachable"),
         QStringLiteral("Accept API requests but never answer them (the client times out)."),
         false},
        {QStringLiteral("fail-refunds"),
         QStringLiteral("Refunds are created pending and then end failed."), false},
        {QStringLiteral("lose-response"),
         QStringLiteral("Execute API requests but drop the connection without answering."), false},
        {QStringLiteral("force-decline"), QStringLiteral("Decline every valid test card."), false},
        {QStringLiteral("cancel-on-pay"),
         QStringLiteral("The hosted page's Pay button cancels instead (back to cancel_url)."),
         false},
        {QStringLiteral("expire-on-pay"),
         QStringLiteral("Paying on the hosted page finds the session expired (as if too late)."),
         false},
        {QStringLiteral("fail-next"),
         QStringLiteral("Answer the next N API requests with 500 api_error, unexecuted."), true},
    };
    return all;
}

Result<void> SimFaults::apply(const QJsonObject &changes)
{
    SimFaults updated = *this;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString &name = it.key();
        const QJsonValue &value = it.value();
        const auto number = [&](int &field) -> Result<void> {
            if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 600'000
                || value.toDouble() != double(value.toInt()))
                return Error::invalid(
                    QStringLiteral("fault '%1' needs an integer from 0 to 600000").arg(name));
            field = value.toInt();
            return {};
        };
        const auto flag = [&](bool &field) -> Result<void> {
            if (!value.isBool())
                return Error::invalid(QStringLiteral("fault '%1' needs true or false").arg(name));
            field = value.toBool();
            return {};
        };
        Result<void> applied;
        if (name == u"delay-ms")
            applied = number(updated.delayMs);
        else if (name == u"fail-next")
            applied = number(updated.failNext);
        else if (name == u"drop-webhooks")
            applied = flag(updated.dropWebhooks);
        else if (name == u"duplicate-webhooks")
            applied = flag(updated.duplicateWebhooks);
        else if (name == u"reorder-webhooks")
            applied = flag(updated.reorderWebhooks);
        else if (name == u"unreachable")
            applied = flag(updated.unreachable);
        else if (name == u"fail-refunds")
            applied = flag(updated.failRefunds);
        else if (name == u"lose-response")
            applied = flag(updated.loseResponse);
        else if (name == u"force-decline")
            applied = flag(updated.forceDecline);
        else if (name == u"cancel-on-pay")
            applied = flag(updated.cancelOnPay);
        else if (name == u"expire-on-pay")
            applied = flag(updated.expireOnPay);
        else
            applied = Error::invalid(QStringLiteral("unknown fault '%1'").arg(name));
        if (!applied)
            return applied;
    }
    *this = updated;
    return {};
}

QJsonObject SimFaults::toJson() const
{
    return {
        {QStringLiteral("delay-ms"), delayMs},
        {QStringLiteral("drop-webhooks"), dropWebhooks},
        {QStringLiteral("duplicate-webhooks"), duplicateWebhooks},
        {QStringLiteral("reorder-webhooks"), reorderWebhooks},
        {QStringLiteral("unreachable"), unreachable},
        {QStringLiteral("fail-refunds"), failRefunds},
        {QStringLiteral("lose-response"), loseResponse},
        {QStringLiteral("force-decline"), forceDecline},
        {QStringLiteral("cancel-on-pay"), cancelOnPay},
        {QStringLiteral("expire-on-pay"), expireOnPay},
        {QStringLiteral("fail-next"), failNext},
    };
}

} // namespace quire::sim
