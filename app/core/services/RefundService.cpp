#include "services/RefundService.h"

#include "auth/AccessPolicy.h"
#include "auth/UserRepository.h"
#include "domain/DiscountCalculator.h"
#include "flows/PurchaseFlow.h"
#include "flows/RefundTax.h"
#include "persistence/AuditLog.h"
#include "persistence/Database.h"
#include "persistence/OrderRepository.h"
#include "persistence/OrderSearch.h"
#include "persistence/PaymentRepository.h"
#include "persistence/RefundLineRepository.h"
#include "persistence/RefundRepository.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QUuid>

namespace quire {

namespace {
Q_LOGGING_CATEGORY(lcRefunds, "quire.refunds", QtInfoMsg)
} // namespace

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

Result<QDateTime> paidAt(Database &database, const Payment &payment)
{
    auto query = database.exec(QStringLiteral("SELECT occurred_at FROM events"
                                              " WHERE aggregate_type = 'payment'"
                                              " AND aggregate_id = ? AND type = 'PaymentSucceeded'"
                                              " ORDER BY id LIMIT 1"),
                               {payment.id});
    if (!query)
        return query.error();
    if (query.value().next())
        return QDateTime::fromMSecsSinceEpoch(query.value().value(0).toLongLong(), Qt::UTC);
    return payment.updatedAt; // paid before events were kept
}

Result<RefundableOrder> loadRefundable(Database &database, qint64 orderId)
{
    RefundableOrder refundable;
    auto order = OrderRepository(database).find(orderId);
    if (!order)
        return order.error();
    refundable.order = *order;
    auto attempts = PaymentRepository(database).findForOrder(orderId);
    if (!attempts)
        return attempts.error();
    const auto paying = std::find_if(attempts->begin(), attempts->end(), [](const Payment &p) {
        return p.status == PaymentStatus::Paid || p.status == PaymentStatus::Refunded;
    });
    if (paying == attempts->end())
        return Error::invalid(
            QCoreApplication::translate("quire::RefundService",
                                        "Order %1 has not been paid: there is nothing to refund.")
                .arg(orderId));
    refundable.payment = *paying;
    auto when = paidAt(database, *paying);
    if (!when)
        return when.error();
    refundable.paidAt = *when;
    auto refunds = RefundRepository(database).forPayment(paying->id);
    if (!refunds)
        return refunds.error();
    refundable.refunds = *refunds;
    for (const Refund &refund : std::as_const(refundable.refunds)) {
        if (refund.status != RefundStatus::Failed)
            refundable.claimedMinor += refund.amount.minorUnits();
        if (refund.status == RefundStatus::Succeeded)
            refundable.refundedMinor += refund.amount.minorUnits();
    }
    auto claimed = RefundLineRepository(database).claimedQuantities(orderId);
    if (!claimed)
        return claimed.error();
    for (const OrderLine &line : std::as_const(refundable.order.lines))
        refundable.lines.append({line, claimed->value(line.lineNumber)});
    return refundable;
}

Result<Refund> insertRefund(PurchaseSteps &steps, const Payment &payment, qint64 orderId,
                            const QList<RefundLine> &lines, const Money &amount,
                            const QString &reason, const Actor &actor, qint64 retryOf)
{
    Database &database = steps.database();
    const QString key
        = QStringLiteral("quire-refund-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto refund = RefundRepository(database).request(payment.id, amount, reason, key, steps.nowMs(),
                                                     retryOf != 0 ? std::optional<qint64>(retryOf)
                                                                  : std::nullopt);
    if (!refund)
        return refund;
    if (auto stored = RefundLineRepository(database).insert(refund->id, orderId, lines); !stored)
        return stored.error();
    QJsonArray linePayload;
    for (const RefundLine &line : lines)
        linePayload.append(QJsonObject{{QStringLiteral("lineNo"), line.lineNumber},
                                       {QStringLiteral("quantity"), line.quantity},
                                       {QStringLiteral("amountMinor"), line.amount.minorUnits()},
                                       {QStringLiteral("taxMinor"), line.tax.minorUnits()},
                                       {QStringLiteral("restock"), line.restock}});
    QJsonObject payload{{QStringLiteral("refundId"), refund->id},
                        {QStringLiteral("paymentId"), payment.id},
                        {QStringLiteral("orderId"), orderId},
                        {QStringLiteral("amountMinor"), amount.minorUnits()},
                        {QStringLiteral("currency"), amount.currency()},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("lines"), linePayload}};
    QString detail = QStringLiteral("refund %1 of order %2 requested").arg(refund->id).arg(orderId);
    if (retryOf != 0) {
        payload.insert(QStringLiteral("retryOf"), retryOf);
        detail += QStringLiteral(" (again after refund %1 failed)").arg(retryOf);
    }
    if (auto recorded = steps.recordEvent(EventType::RefundRequested, AggregateType::Payment,
                                          payment.id, payload, detail, actor);
        !recorded)
        return recorded.error();
    return refund;
}

} // namespace

RefundService::RefundService(PurchaseFlow &flow, RefundPolicy policy)
    : m_flow(flow)
    , m_policy(std::move(policy))
{}

Result<RefundableOrder> RefundService::refundableOrder(qint64 orderId) const
{
    return loadRefundable(m_flow.database(), orderId);
}

Result<RefundableOrder> RefundService::refundableOrder(qint64 orderId, const Actor &viewer) const
{
    auto order = OrderRepository(m_flow.database()).findHeader(orderId);
    if (!order)
        return order.error();
    const AccessPolicy policy(m_flow.database(), m_flow.clock());
    Permission checked = Permission::ViewAllOrders;
    if (auto allowed = policy.checkOrderAction(viewer, AccessPolicy::OrderAction::View,
                                               order->createdBy, &checked);
        !allowed) {
        if (AccessPolicy::isRefusal(allowed.error()))
            policy.auditRefusal(viewer, checked, allowed.error().message,
                                QStringLiteral("order %1").arg(orderId));
        return allowed.error();
    }
    return loadRefundable(m_flow.database(), orderId);
}

Result<QList<RefundLine>> RefundService::linesOf(qint64 refundId) const
{
    return RefundLineRepository(m_flow.database()).forRefund(refundId);
}

Result<QList<OrderMatch>> RefundService::findOrders(const QString &text, const QDateTime &from,
                                                    const QDateTime &until) const
{
    return OrderSearch(m_flow.database()).find(text, from, until);
}

std::optional<qint64> RefundService::receiptNumber(const QString &text)
{
    return OrderSearch::receiptNumber(text);
}

Result<QList<CustomerOrderHistory::Entry>> RefundService::ordersOf(qint64 customerId) const
{
    return CustomerOrderHistory(m_flow.database()).ordersOf(customerId);
}

Result<RefundService::Authority> RefundService::authorityOf(const Actor &actor) const
{
    Authority authority;
    if (!actor.userId) {
        authority.refusal = tr("Sign in to give refunds.");
        return authority;
    }
    auto stored = UserRepository(m_flow.database()).findById(*actor.userId);
    if (!stored)
        return stored.error();
    if (!*stored || (*stored)->disabled) {
        authority.refusal = tr("This account is disabled or no longer exists.");
        return authority;
    }
    authority.user = (*stored)->signedIn();
    if (!m_policy.allows(authority.user.role))
        authority.refusal = m_policy.roleRefusal();
    return authority;
}

Result<void> RefundService::checkRole(const SignedInUser &user) const
{
    auto authority = authorityOf(user.actor());
    if (!authority)
        return authority.error();
    if (!authority->refusal.isEmpty())
        return Error::forbidden(authority->refusal);
    return {};
}

Result<QList<RefundLine>> RefundService::checkedLines(const RefundableOrder &refundable,
                                                      const RefundRequest &request,
                                                      const Authority &authority) const
{
    const Order &order = refundable.order;
    if (authority.user.role == Role::Customer && order.createdBy != authority.user.id)
        return Error::forbidden(tr("You can only ask for refunds of your own orders."));
    if (order.status == OrderStatus::Refunded)
        return Error::invalid(tr("Order %1 has already been refunded in full.").arg(order.id));
    if (order.status != OrderStatus::Paid)
        return Error::invalid(
            tr("Order %1 is not paid: there is nothing to refund.").arg(order.id));
    const qint64 age = m_flow.clock().nowMs() - refundable.paidAt.toMSecsSinceEpoch();
    if (age > qint64(m_policy.windowDays) * kDayMs)
        return Error::invalid(
            tr("Refunds are possible within %n day(s) of payment; order %1 was paid on %2.", "",
               m_policy.windowDays)
                .arg(order.id)
                .arg(QLocale().toString(refundable.paidAt.toLocalTime().date(),
                                        QLocale::ShortFormat)));

    // The same line chosen twice is one line with the copies added up.
    QList<RefundLineRequest> merged;
    for (const RefundLineRequest &wanted : request.lines) {
        if (wanted.quantity <= 0)
            continue;
        auto same = std::find_if(merged.begin(), merged.end(), [&](const RefundLineRequest &l) {
            return l.lineNumber == wanted.lineNumber;
        });
        if (same == merged.end())
            merged.append(wanted);
        else
            same->quantity += wanted.quantity;
    }
    if (merged.isEmpty())
        return Error::invalid(tr("Choose at least one copy to refund."));

    QList<RefundLine> lines;
    qint64 total = 0;
    for (const RefundLineRequest &wanted : std::as_const(merged)) {
        const auto found = std::find_if(
            refundable.lines.cbegin(), refundable.lines.cend(),
            [&](const RefundableLine &line) { return line.line.lineNumber == wanted.lineNumber; });
        if (found == refundable.lines.cend())
            return Error::invalid(
                tr("Order %1 has no line %2.").arg(order.id).arg(wanted.lineNumber));
        if (wanted.quantity > found->refundable())
            return Error::invalid(tr("Only %1 of \u201c%2\u201d can still be refunded.")
                                      .arg(std::max(0, found->refundable()))
                                      .arg(found->line.title));
        // A discounted line gives back its share of what it charged
        // (DiscountCalculator::refundShare): all its refunds add up to that.
        auto charged = found->line.chargedTotal();
        if (!charged)
            return charged.error();
        auto share = DiscountCalculator::refundShare(charged->minorUnits(), found->line.quantity,
                                                     found->claimed, wanted.quantity);
        if (!share)
            return share.error();
        auto amount = Money::fromMinorUnits(*share, charged->currency());
        if (!amount)
            return amount.error();
        total += amount->minorUnits();
        lines.append({found->line.lineNumber, found->line.isbn13, found->line.title,
                      found->line.unitPrice, wanted.quantity, *amount, m_policy.restock,
                      found->line.taxCategory, found->line.taxRate, Money()});
    }
    if (auto taxed = applyTax(order, lines); !taxed)
        return taxed.error();
    total = 0;
    for (const RefundLine &line : std::as_const(lines))
        total += line.amount.minorUnits();
    if (!m_policy.partialRefunds) {
        for (const RefundableLine &line : refundable.lines) {
            const auto chosen
                = std::find_if(lines.cbegin(), lines.cend(), [&](const RefundLine &l) {
                      return l.lineNumber == line.line.lineNumber;
                  });
            const int quantity = chosen == lines.cend() ? 0 : chosen->quantity;
            if (line.refundable() > 0 && quantity != line.refundable())
                return Error::invalid(tr("The store's refund policy allows whole orders only: "
                                         "every copy still paid for must be refunded together."));
        }
    }
    if (total > refundable.refundableMinor()) {
        auto left = Money::fromMinorUnits(std::max<qint64>(0, refundable.refundableMinor()),
                                          refundable.payment.amount.currency());
        return Error::invalid(tr("A refund cannot exceed what was paid: %1 is left to refund.")
                                  .arg(left ? left->toString() : QString()));
    }
    return lines;
}

Result<Refund> RefundService::requestRefund(const RefundRequest &request, const Actor &actor)
{
    auto authority = authorityOf(actor);
    if (!authority)
        return authority.error();
    if (!authority->refusal.isEmpty()) {
        auditRefusal(actor, request.orderId, authority->refusal);
        return Error::forbidden(authority->refusal);
    }
    auto refund = m_flow.transact([&](PurchaseSteps &steps) -> Result<Refund> {
        // Read and decided inside the write transaction: another terminal's
        // refund of the same copies cannot slip in between.
        auto refundable = loadRefundable(steps.database(), request.orderId);
        if (!refundable)
            return refundable.error();
        auto lines = checkedLines(*refundable, request, *authority);
        if (!lines)
            return lines.error();
        qint64 total = 0;
        for (const RefundLine &line : std::as_const(lines.value()))
            total += line.amount.minorUnits();
        auto amount = Money::fromMinorUnits(total, refundable->payment.amount.currency());
        if (!amount)
            return amount.error();
        return insertRefund(steps, refundable->payment, request.orderId, *lines, *amount,
                            kCustomerRequest, actor, 0);
    });
    if (!refund) {
        if (refund.error().kind == ErrorKind::Invalid
            || refund.error().kind == ErrorKind::Forbidden)
            auditRefusal(actor, request.orderId, refund.error().message);
        return refund;
    }
    qCInfo(lcRefunds) << "refund" << refund->id << "of order" << request.orderId << "requested";
    return refund;
}

Result<Refund> RefundService::retryRefund(qint64 failedRefundId, const Actor &actor)
{
    auto authority = authorityOf(actor);
    if (!authority)
        return authority.error();
    qint64 orderId = 0;
    if (!authority->refusal.isEmpty()) {
        auditRefusal(actor, orderId, authority->refusal);
        return Error::forbidden(authority->refusal);
    }
    auto refund = m_flow.transact([&](PurchaseSteps &steps) -> Result<Refund> {
        Database &database = steps.database();
        auto failed = RefundRepository(database).find(failedRefundId);
        if (!failed)
            return failed.error();
        auto payment = PaymentRepository(database).find(failed->paymentId);
        if (!payment)
            return payment.error();
        orderId = payment->orderId;
        if (failed->status != RefundStatus::Failed)
            return Error::invalid(tr("Only a refund that failed can be tried again."));
        auto siblings = RefundRepository(database).forPayment(failed->paymentId);
        if (!siblings)
            return siblings.error();
        for (const Refund &sibling : std::as_const(siblings.value())) {
            if (sibling.retryOf == failedRefundId)
                return Error::invalid(tr("Refund %1 has already been tried again (refund %2).")
                                          .arg(failedRefundId)
                                          .arg(sibling.id));
        }
        if (authority->user.role == Role::Customer) {
            auto order = OrderRepository(database).find(orderId);
            if (!order)
                return order.error();
            if (order->createdBy != authority->user.id)
                return Error::forbidden(tr("You can only ask for refunds of your own orders."));
        }
        auto lines = RefundLineRepository(database).forRefund(failedRefundId);
        if (!lines)
            return lines.error();
        auto others = RefundRepository(database).forPayment(payment->id);
        if (!others)
            return others.error();
        qint64 claimed = 0;
        for (const Refund &other : std::as_const(others.value())) {
            if (other.status != RefundStatus::Failed)
                claimed += other.amount.minorUnits();
        }
        if (claimed + failed->amount.minorUnits() > payment->amount.minorUnits())
            return Error::invalid(tr("A refund cannot exceed what was paid: this money has "
                                     "already been refunded."));
        if (!lines->isEmpty()) {
            auto held = RefundLineRepository(database).claimedQuantities(orderId);
            if (!held)
                return held.error();
            auto order = OrderRepository(database).find(orderId);
            if (!order)
                return order.error();
            for (const RefundLine &line : std::as_const(lines.value())) {
                const auto ordered = std::find_if(
                    order->lines.cbegin(), order->lines.cend(),
                    [&](const OrderLine &l) { return l.lineNumber == line.lineNumber; });
                if (ordered == order->lines.cend()
                    || held->value(line.lineNumber) + line.quantity > ordered->quantity)
                    return Error::invalid(tr("These copies have already been refunded."));
            }
        }
        return insertRefund(steps, *payment, orderId, *lines, failed->amount, failed->reason, actor,
                            failedRefundId);
    });
    if (!refund) {
        if (refund.error().kind == ErrorKind::Invalid
            || refund.error().kind == ErrorKind::Forbidden)
            auditRefusal(actor, orderId, refund.error().message);
        return refund;
    }
    qCInfo(lcRefunds) << "refund" << failedRefundId << "tried again as refund" << refund->id;
    return refund;
}

Result<void> RefundService::applyTax(const Order &order, QList<RefundLine> &lines) const
{
    auto reversed = RefundLineRepository(m_flow.database()).reversedTaxes(order.id);
    if (!reversed)
        return reversed.error();
    return RefundTax::apply(order, *reversed, lines);
}

void RefundService::auditRefusal(const Actor &actor, qint64 orderId, const QString &reason)
{
    const auto entry = AuditEntry::refundRefused(m_flow.clock().nowUtc(), actor, orderId, reason);
    if (auto audited = AuditLog(m_flow.database()).append(entry); !audited)
        qCWarning(lcRefunds) << "could not audit a refused refund:" << audited.error();
}

} // namespace quire
