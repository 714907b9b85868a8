#include "services/RefundService.h"

#include "AuthFixture.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "flows/RefundSettlement.h"
#include "persistence/BookRepository.h"
#include "persistence/RefundLineRepository.h"
#include "persistence/RefundRepository.h"
#include "services/AlertCenter.h"
#include "services/TaxSettings.h"

#include <QTest>
#include <memory>

using namespace quire;

namespace {

const QString kPride = QStringLiteral("9780141439518"); // 8.99
const QString kMoby = QStringLiteral("9780142437247");  // 12.50
constexpr qint64 kDayMs = 24 * 3600 * 1000;

// Everything a refused refund must leave as it was (the audit log aside).
struct Snapshot
{
    qint64 refunds = 0;
    qint64 refundLines = 0;
    qint64 events = 0;
    qint64 stock = 0;
    QString orderStatus;
    QString paymentStatus;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace

// Protects: refunds follow the store's policy — who may refund, within how
// many days, whole or per line, restocking — never exceed what was paid, are
// retried with a new key after a failure, and every refusal changes nothing
// but its audit row and says why.
class RefundServiceTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AuthFixture> m_auth;
    std::unique_ptr<PurchaseFlow> m_flow;
    std::unique_ptr<RefundService> m_refunds;
    SignedInUser m_clerk;
    SignedInUser m_manager;
    SignedInUser m_customer;
    SignedInUser m_otherCustomer;

    Database &db() { return m_auth->db().database(); }
    qint64 count(const QString &table, const QString &where = QString())
    {
        return m_auth->db().count(table, where);
    }
    QString statusOf(const QString &table, qint64 id)
    {
        auto query = db().exec(
            QStringLiteral("SELECT status FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
        return query.ok() && query.value().next() ? query.value().value(0).toString() : QString();
    }
    int stockOf(const QString &isbn)
    {
        auto book = BookRepository(db()).find(isbn);
        return book ? book->stock : -1;
    }
    Snapshot snapshot(qint64 orderId, qint64 paymentId)
    {
        Snapshot s;
        s.refunds = count(QStringLiteral("refunds"));
        s.refundLines = count(QStringLiteral("refund_lines"));
        s.events = count(QStringLiteral("events"));
        s.stock = stockOf(kPride) + stockOf(kMoby);
        s.orderStatus = statusOf(QStringLiteral("orders"), orderId);
        s.paymentStatus = statusOf(QStringLiteral("payments"), paymentId);
        return s;
    }

    // A paid order of 2 × Pride and 1 × Moby (26.48 EUR), bought by `buyer`.
    RefundableOrder paidOrder(const Actor &buyer)
    {
        auto order = m_flow->createOrder({{kPride, 2}, {kMoby, 1}}, buyer);
        if (!order)
            qFatal("createOrder: %s", qPrintable(order.error().message));
        auto payment = m_flow->startPayment(order->id, buyer);
        if (!payment)
            qFatal("startPayment: %s", qPrintable(payment.error().message));
        auto paid = m_flow->confirmPaymentPaid(payment->id, Actor::system(QStringLiteral("gw")));
        if (!paid)
            qFatal("confirmPaymentPaid: %s", qPrintable(paid.error().message));
        auto refundable = m_refunds->refundableOrder(order->id);
        if (!refundable)
            qFatal("refundableOrder: %s", qPrintable(refundable.error().message));
        return *refundable;
    }
    RefundableOrder paidOrder() { return paidOrder(m_clerk.actor()); }

    void settle(qint64 refundId, RefundStatus status)
    {
        auto refund = RefundRepository(db()).find(refundId);
        QVERIFY(refund.ok());
        auto applied = m_flow->transact([&](PurchaseSteps &steps) {
            return RefundSettlement::apply(
                steps, *refund, status, QStringLiteral("re_test_%1").arg(refundId),
                status == RefundStatus::Failed ? QStringLiteral("card closed") : QString(),
                Actor::system(QStringLiteral("gw")));
        });
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    }

    void setStandard(const QString &isbn)
    {
        auto done = db().exec(
            QStringLiteral("UPDATE books SET tax_category = 'standard' WHERE isbn13 = ?"), {isbn});
        QVERIFY(done.ok());
    }
    void setPolicy(QList<Role> roles, int days = 30, bool partial = true, bool restock = true)
    {
        RefundPolicy policy;
        policy.allowedRoles = std::move(roles);
        policy.windowDays = days;
        policy.partialRefunds = partial;
        policy.restock = restock;
        m_refunds->setPolicy(policy);
    }

private Q_SLOTS:
    void init()
    {
        m_auth = std::make_unique<test::AuthFixture>();
        m_auth->db().addBook(kPride, QStringLiteral("Pride and Prejudice"), 899,
                             QStringLiteral("EUR"), 10);
        m_auth->db().addBook(kMoby, QStringLiteral("Moby-Dick"), 1250, QStringLiteral("EUR"), 10);
        m_flow = std::make_unique<PurchaseFlow>(db(), m_auth->clock());
        m_refunds = std::make_unique<RefundService>(*m_flow, RefundPolicy());
        m_manager = m_auth->owner();
        m_clerk = m_auth->addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        m_customer = m_auth->addUser(QStringLiteral("ada@quire.test"), Role::Customer,
                                     QStringLiteral("161803"));
        m_otherCustomer = m_auth->addUser(QStringLiteral("bob@quire.test"), Role::Customer,
                                          QStringLiteral("577215"));
    }
    void cleanup()
    {
        m_refunds.reset();
        m_flow.reset();
        m_auth.reset();
    }

    void everyRoleAgainstEveryPolicy_data()
    {
        QTest::addColumn<QString>("allowed");
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("ownOrder");
        QTest::addColumn<bool>("expected");
        const QList<std::pair<QString, QList<Role>>> policies{
            {QStringLiteral("manager"), {Role::Manager}},
            {QStringLiteral("manager,clerk"), {Role::Manager, Role::Clerk}},
            {QStringLiteral("manager,customer"), {Role::Manager, Role::Customer}},
        };
        for (const auto &[name, roles] : policies) {
            for (const QString &who :
                 {QStringLiteral("manager"), QStringLiteral("clerk"), QStringLiteral("customer")}) {
                const Role role = *roleFromDatabaseText(who);
                const bool allowed = roles.contains(role);
                QTest::addRow("%s/%s", qPrintable(name), qPrintable(who))
                    << name << who << true << allowed;
                if (role == Role::Customer)
                    QTest::addRow("%s/%s-other's-order", qPrintable(name), qPrintable(who))
                        << name << who << false << false;
            }
        }
    }
    void everyRoleAgainstEveryPolicy()
    {
        QFETCH(QString, allowed);
        QFETCH(QString, who);
        QFETCH(bool, ownOrder);
        QFETCH(bool, expected);
        QList<Role> roles;
        for (const QString &name : allowed.split(u','))
            roles.append(*roleFromDatabaseText(name));
        setPolicy(roles);
        const SignedInUser user = who == u"manager" ? m_manager
                                  : who == u"clerk" ? m_clerk
                                                    : m_customer;
        const SignedInUser buyer
            = user.role == Role::Customer ? (ownOrder ? m_customer : m_otherCustomer) : m_clerk;
        const RefundableOrder order = paidOrder(buyer.actor());
        // A refund of the second line that the gateway failed, to try again.
        auto failed = m_refunds->requestRefund({order.order.id, {{2, 1}}}, m_manager.actor());
        QVERIFY(failed.ok());
        settle(failed->id, RefundStatus::Failed);
        const Snapshot before = snapshot(order.order.id, order.payment.id);
        const qint64 refusedBefore = m_auth->auditCount(QStringLiteral("refund_refused"));

        // Guarded action 1: trying the failed refund again.
        auto retried = m_refunds->retryRefund(failed->id, user.actor());
        QCOMPARE(retried.ok(), expected);
        if (!expected) {
            QCOMPARE(snapshot(order.order.id, order.payment.id), before);
            QCOMPARE(m_auth->auditCount(QStringLiteral("refund_refused")), refusedBefore + 1);
        }

        // Guarded action 2: a new refund.
        const Snapshot beforeRequest = snapshot(order.order.id, order.payment.id);
        auto refund = m_refunds->requestRefund({order.order.id, {{1, 1}}}, user.actor());
        QCOMPARE(refund.ok(), expected);
        if (expected) {
            QCOMPARE(refund->status, RefundStatus::Requested);
            QCOMPARE(count(QStringLiteral("refunds")), beforeRequest.refunds + 1);
            // The failed one, its retry, and this one.
            QCOMPARE(count(QStringLiteral("events"), QStringLiteral("type = 'RefundRequested'")),
                     3);
            QCOMPARE(count(QStringLiteral("audit_log"),
                           QStringLiteral("action = 'RefundRequested' AND actor_user_id = %1")
                               .arg(user.id)),
                     user.id == m_manager.id ? 3 : 2);
            return;
        }
        QCOMPARE(refund.error().kind, ErrorKind::Forbidden); // who, not what
        QVERIFY(!refund.error().message.isEmpty());
        QCOMPARE(snapshot(order.order.id, order.payment.id), before);
        QCOMPARE(m_auth->auditCount(QStringLiteral("refund_refused")), refusedBefore + 2);
        // checkRole agrees with the decision about the role itself.
        QCOMPARE(m_refunds->checkRole(user).ok(), roles.contains(user.role));
    }

    void aDisabledAccountCannotRefund()
    {
        const RefundableOrder order = paidOrder();
        setPolicy({Role::Manager, Role::Clerk});
        const SignedInUser second
            = m_auth->addUser(QStringLiteral("morgan"), Role::Manager, QStringLiteral("271828"));
        QVERIFY(m_auth->admin().setDisabled(m_manager, second.id, true).ok());
        const Snapshot before = snapshot(order.order.id, order.payment.id);
        auto refund = m_refunds->requestRefund({order.order.id, {{1, 1}}}, second.actor());
        QVERIFY(!refund.ok());
        QCOMPARE(snapshot(order.order.id, order.payment.id), before);
        // And an actor that is not a person at all.
        QVERIFY(!m_refunds
                     ->requestRefund({order.order.id, {{1, 1}}},
                                     Actor::system(QStringLiteral("script")))
                     .ok());
        QCOMPARE(snapshot(order.order.id, order.payment.id), before);
    }

    void partialThenFullRefund()
    {
        const RefundableOrder order = paidOrder();
        QCOMPARE(order.payment.amount.minorUnits(), 2 * 899 + 1250);
        QCOMPARE(stockOf(kPride), 8);

        // One copy of Pride: partial.
        auto first = m_refunds->requestRefund({order.order.id, {{1, 1}}}, m_manager.actor());
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->amount.minorUnits(), 899);
        QCOMPARE(first->reason, RefundService::kCustomerRequest);
        QVERIFY(!first->idempotencyKey.isEmpty());
        // Nothing moves before the gateway confirms.
        QCOMPARE(statusOf(QStringLiteral("payments"), order.payment.id), QStringLiteral("paid"));
        QCOMPARE(stockOf(kPride), 8);
        settle(first->id, RefundStatus::Succeeded);
        QCOMPARE(statusOf(QStringLiteral("payments"), order.payment.id), QStringLiteral("paid"));
        QCOMPARE(statusOf(QStringLiteral("orders"), order.order.id), QStringLiteral("paid"));
        QCOMPARE(stockOf(kPride), 9); // restocked (default policy)
        auto after = m_refunds->refundableOrder(order.order.id);
        QVERIFY(after.ok());
        QVERIFY(after->isPartiallyRefunded());
        QCOMPARE(after->refundedMinor, 899);
        QCOMPARE(after->lines.at(0).refundable(), 1);
        QCOMPARE(count(QStringLiteral("events"), QStringLiteral("type = 'StockReturned'")), 1);

        // The rest: the payment and the order become refunded.
        auto rest = m_refunds->requestRefund({order.order.id, {{1, 1}, {2, 1}}}, m_manager.actor());
        QVERIFY2(rest.ok(), qPrintable(rest.ok() ? QString() : rest.error().message));
        QCOMPARE(rest->amount.minorUnits(), 899 + 1250);
        QVERIFY(rest->idempotencyKey != first->idempotencyKey);
        settle(rest->id, RefundStatus::Succeeded);
        QCOMPARE(statusOf(QStringLiteral("payments"), order.payment.id),
                 QStringLiteral("refunded"));
        QCOMPARE(statusOf(QStringLiteral("orders"), order.order.id), QStringLiteral("refunded"));
        QCOMPARE(count(QStringLiteral("events"), QStringLiteral("type = 'PaymentRefunded'")), 1);
        QCOMPARE(stockOf(kPride), 10);
        QCOMPARE(stockOf(kMoby), 10);
    }

    // charge.refunded settles a refund by amount, without naming the gateway's
    // refund; the create call's answer that names it may come afterwards and
    // must still be kept, or the refund cannot be looked up at the gateway.
    void aLateAnswerStillRecordsTheGatewaysRefundId()
    {
        const RefundableOrder order = paidOrder();
        auto requested = m_refunds->requestRefund({order.order.id, {{1, 1}}}, m_manager.actor());
        QVERIFY(requested.ok());
        auto apply = [&](const QString &gatewayId) {
            auto current = RefundRepository(db()).find(requested->id);
            QVERIFY(current.ok());
            auto applied = m_flow->transact([&](PurchaseSteps &steps) {
                return RefundSettlement::apply(steps, *current, RefundStatus::Succeeded, gatewayId,
                                               QString(), Actor::system(QStringLiteral("gw")));
            });
            QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
        };
        apply(QString()); // the callback, by amount
        QVERIFY(RefundRepository(db()).find(requested->id)->gatewayRefundId.isEmpty());
        const qint64 events = count(QStringLiteral("events"), QStringLiteral("1 = 1"));
        const qint64 stock = stockOf(kPride);

        apply(QStringLiteral("re_answer_1")); // the create call's answer
        QCOMPARE(RefundRepository(db()).find(requested->id)->gatewayRefundId,
                 QStringLiteral("re_answer_1"));
        QCOMPARE(count(QStringLiteral("events"), QStringLiteral("1 = 1")), events);
        QCOMPARE(stockOf(kPride), stock);

        apply(QStringLiteral("re_other")); // never overwritten
        QCOMPARE(RefundRepository(db()).find(requested->id)->gatewayRefundId,
                 QStringLiteral("re_answer_1"));
    }

    void overRefundIsRefused()
    {
        const RefundableOrder order = paidOrder();
        // More copies than were bought.
        Snapshot before = snapshot(order.order.id, order.payment.id);
        auto tooMany = m_refunds->requestRefund({order.order.id, {{1, 3}}}, m_manager.actor());
        QVERIFY(!tooMany.ok());
        QVERIFY(tooMany.error().message.contains(QStringLiteral("Pride and Prejudice")));
        QCOMPARE(snapshot(order.order.id, order.payment.id), before);
        // The same line chosen twice adds up.
        QVERIFY(
            !m_refunds->requestRefund({order.order.id, {{1, 2}, {1, 1}}}, m_manager.actor()).ok());
        QCOMPARE(snapshot(order.order.id, order.payment.id), before);

        // Copies held by a refund still in progress cannot be asked for again.
        auto open = m_refunds->requestRefund({order.order.id, {{1, 2}}}, m_manager.actor());
        QVERIFY(open.ok());
        before = snapshot(order.order.id, order.payment.id);
        QVERIFY(!m_refunds->requestRefund({order.order.id, {{1, 1}}}, m_manager.actor()).ok());
        QCOMPARE(snapshot(order.order.id, order.payment.id), before);
        // A line that is not on the order, nothing chosen.
        QVERIFY(!m_refunds->requestRefund({order.order.id, {{9, 1}}}, m_manager.actor()).ok());
        QVERIFY(!m_refunds->requestRefund({order.order.id, {}}, m_manager.actor()).ok());
        QCOMPARE(snapshot(order.order.id, order.payment.id), before);

        // Money already given back another way (a line-less refund) counts too.
        QVERIFY(RefundRepository(db())
                    .request(order.payment.id, *Money::fromMinorUnits(1250, QStringLiteral("EUR")),
                             QStringLiteral("goodwill"), QStringLiteral("k-goodwill"), 0)
                    .ok());
        before = snapshot(order.order.id, order.payment.id);
        auto beyond = m_refunds->requestRefund({order.order.id, {{2, 1}}}, m_manager.actor());
        QVERIFY(!beyond.ok());
        QCOMPARE(snapshot(order.order.id, order.payment.id), before);
    }

    void unpaidOrdersHaveNothingToRefund()
    {
        auto order = m_flow->createOrder({{kPride, 1}}, m_clerk.actor());
        QVERIFY(order.ok());
        QVERIFY(!m_refunds->refundableOrder(order->id).ok());
        QVERIFY(!m_refunds->requestRefund({order->id, {{1, 1}}}, m_manager.actor()).ok());
        QCOMPARE(count(QStringLiteral("refunds")), 0);
    }

    void windowIsEnforced()
    {
        setPolicy({Role::Manager}, 14);
        const RefundableOrder order = paidOrder();
        m_auth->clock().advanceMs(14 * kDayMs); // exactly 14 days: still allowed
        auto inTime = m_refunds->requestRefund({order.order.id, {{1, 1}}}, m_manager.actor());
        QVERIFY2(inTime.ok(), qPrintable(inTime.ok() ? QString() : inTime.error().message));
        m_auth->clock().advanceMs(1);
        const Snapshot before = snapshot(order.order.id, order.payment.id);
        auto late = m_refunds->requestRefund({order.order.id, {{2, 1}}}, m_manager.actor());
        QVERIFY(!late.ok());
        QVERIFY2(late.error().message.contains(QStringLiteral("14 day")),
                 qPrintable(late.error().message));
        QCOMPARE(snapshot(order.order.id, order.payment.id), before);
        QCOMPARE(m_auth->auditCount(QStringLiteral("refund_refused")), 1);
    }

    void wholeOrdersOnlyWhenPartialIsOff()
    {
        setPolicy({Role::Manager}, 30, false);
        const RefundableOrder order = paidOrder();
        const Snapshot before = snapshot(order.order.id, order.payment.id);
        QVERIFY(!m_refunds->requestRefund({order.order.id, {{1, 2}}}, m_manager.actor()).ok());
        QVERIFY(
            !m_refunds->requestRefund({order.order.id, {{1, 1}, {2, 1}}}, m_manager.actor()).ok());
        QCOMPARE(snapshot(order.order.id, order.payment.id), before);
        auto whole
            = m_refunds->requestRefund({order.order.id, {{1, 2}, {2, 1}}}, m_manager.actor());
        QVERIFY(whole.ok());
        QCOMPARE(whole->amount, order.payment.amount);
    }

    void noRestockWhenThePolicySaysSo()
    {
        setPolicy({Role::Manager}, 30, true, false);
        const RefundableOrder order = paidOrder();
        auto refund = m_refunds->requestRefund({order.order.id, {{2, 1}}}, m_manager.actor());
        QVERIFY(refund.ok());
        settle(refund->id, RefundStatus::Succeeded);
        QCOMPARE(stockOf(kMoby), 9);
        QCOMPARE(count(QStringLiteral("events"), QStringLiteral("type = 'StockReturned'")), 0);
    }

    void failedRefundCanBeRetriedOnce()
    {
        const RefundableOrder order = paidOrder();
        auto refund = m_refunds->requestRefund({order.order.id, {{2, 1}}}, m_manager.actor());
        QVERIFY(refund.ok());
        // Only a failed refund can be tried again.
        QVERIFY(!m_refunds->retryRefund(refund->id, m_manager.actor()).ok());
        settle(refund->id, RefundStatus::Failed);
        QCOMPARE(stockOf(kMoby), 9); // nothing returned, nothing restocked
        QCOMPARE(statusOf(QStringLiteral("payments"), order.payment.id), QStringLiteral("paid"));
        // The failed copies are refundable again.
        auto failedView = m_refunds->refundableOrder(order.order.id);
        QVERIFY(failedView.ok());
        QCOMPARE(failedView->lines.at(1).refundable(), 1);

        auto retry = m_refunds->retryRefund(refund->id, m_manager.actor());
        QVERIFY2(retry.ok(), qPrintable(retry.ok() ? QString() : retry.error().message));
        QVERIFY(retry->id != refund->id);
        QVERIFY(retry->idempotencyKey != refund->idempotencyKey);
        QCOMPARE(retry->amount, refund->amount);
        auto lines = RefundLineRepository(db()).forRefund(retry->id);
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 1);
        QCOMPARE(lines->constFirst().lineNumber, 2);
        // Retrying the same failure twice would refund twice: refused.
        QVERIFY(!m_refunds->retryRefund(refund->id, m_manager.actor()).ok());
        settle(retry->id, RefundStatus::Succeeded);
        QCOMPARE(stockOf(kMoby), 10);
    }

    // The payment's refund_failed alert closes with the refund that settles
    // the last failure, not before: two failures, retried one at a time.
    void alertClosesWhenEveryFailureIsRetried()
    {
        const RefundableOrder order = paidOrder();
        const qint64 paymentId = order.payment.id;
        AlertCenter alerts(db(), m_auth->clock());
        auto pride = m_refunds->requestRefund({order.order.id, {{1, 1}}}, m_manager.actor());
        auto moby = m_refunds->requestRefund({order.order.id, {{2, 1}}}, m_manager.actor());
        QVERIFY(pride.ok() && moby.ok());
        settle(pride->id, RefundStatus::Failed);
        settle(moby->id, RefundStatus::Failed);
        alerts.raise(RefundSettlement::kFailedAlert, QStringLiteral("refunds failed"), paymentId);
        alerts.raise(RefundSettlement::kFailedAlert, QStringLiteral("elsewhere"));
        const QString open
            = QStringLiteral("kind = 'refund_failed' AND payment_id = %1 AND resolved_at IS NULL")
                  .arg(paymentId);
        QCOMPARE(count(QStringLiteral("alerts"), open), 1);

        auto mobyAgain = m_refunds->retryRefund(moby->id, m_manager.actor());
        QVERIFY(mobyAgain.ok());
        settle(mobyAgain->id, RefundStatus::Succeeded);
        QCOMPARE(count(QStringLiteral("alerts"), open), 1); // Pride's failure still waits

        auto prideAgain = m_refunds->retryRefund(pride->id, m_manager.actor());
        QVERIFY(prideAgain.ok());
        settle(prideAgain->id, RefundStatus::Succeeded);
        QCOMPARE(count(QStringLiteral("alerts"), open), 0);
        // Another payment's (or no payment's) alert is not this refund's to close.
        QCOMPARE(count(QStringLiteral("alerts"),
                       QStringLiteral("payment_id IS NULL AND resolved_at IS NULL")),
                 1);
    }

    // Another refund of the same amount is not the failure's answer: the
    // money of the failed one is still owed, so its alert stays open until
    // its own retry (or a retry of that) succeeds.
    void onlyTheFailuresOwnRetryClosesItsAlert()
    {
        const RefundableOrder order = paidOrder(); // two copies of Pride on line 1
        const qint64 paymentId = order.payment.id;
        AlertCenter alerts(db(), m_auth->clock());
        auto first = m_refunds->requestRefund({order.order.id, {{1, 1}}}, m_manager.actor());
        QVERIFY(first.ok());
        settle(first->id, RefundStatus::Failed);
        alerts.raise(RefundSettlement::kFailedAlert, QStringLiteral("refund failed"), paymentId);
        const QString open
            = QStringLiteral("kind = 'refund_failed' AND payment_id = %1 AND resolved_at IS NULL")
                  .arg(paymentId);

        // The other copy, the same amount, refunded on its own.
        auto second = m_refunds->requestRefund({order.order.id, {{1, 1}}}, m_manager.actor());
        QVERIFY(second.ok());
        QCOMPARE(second->amount, first->amount);
        QVERIFY(!second->retryOf);
        settle(second->id, RefundStatus::Succeeded);
        QCOMPARE(count(QStringLiteral("alerts"), open), 1);

        // The retry fails too; the retry of the retry succeeds.
        auto retry = m_refunds->retryRefund(first->id, m_manager.actor());
        QVERIFY(retry.ok());
        QCOMPARE(retry->retryOf, std::optional<qint64>(first->id));
        settle(retry->id, RefundStatus::Failed);
        QCOMPARE(count(QStringLiteral("alerts"), open), 1);
        // The first failure has its retry: asking again goes through that one.
        auto twice = m_refunds->retryRefund(first->id, m_manager.actor());
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(QString::number(retry->id)),
                 qPrintable(twice.error().message));
        auto again = m_refunds->retryRefund(retry->id, m_manager.actor());
        QVERIFY(again.ok());
        QCOMPARE(again->retryOf, std::optional<qint64>(retry->id));
        settle(again->id, RefundStatus::Succeeded);
        QCOMPARE(count(QStringLiteral("alerts"), open), 0);
        QCOMPARE(count(QStringLiteral("refunds"),
                       QStringLiteral("payment_id = %1 AND status = 'succeeded'").arg(paymentId)),
                 2);
    }
    // Issue 16: a refund gives back the tax of its copies by the order's own
    // rule, and the last copies of a rate the remainder of what was charged.
    void refundsReverseExactlyTheTaxCharged()
    {
        setStandard(kMoby);
        const RefundableOrder order = paidOrder();
        QCOMPARE(order.order.taxTotals.size(), 2); // 19 %: 2.00 of 12.50; 7 %: 1.18 of 17.98
        auto first = m_refunds->requestRefund({order.order.id, {{1, 1}}}, m_manager.actor());
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        auto firstLines = m_refunds->linesOf(first->id);
        QVERIFY(firstLines.ok());
        QCOMPARE(firstLines->size(), 1);
        QCOMPARE(firstLines->at(0).taxCategory, std::optional(TaxCategory::Reduced));
        QCOMPARE(firstLines->at(0).taxRate.millipercent, 7000);
        QCOMPARE(firstLines->at(0).amount.minorUnits(), 899);
        QCOMPARE(firstLines->at(0).tax.minorUnits(), 59); // 8.99 * 7 / 107 = 0.588

        auto rest = m_refunds->requestRefund({order.order.id, {{1, 1}, {2, 1}}}, m_manager.actor());
        QVERIFY2(rest.ok(), qPrintable(rest.ok() ? QString() : rest.error().message));
        auto restLines = m_refunds->linesOf(rest->id);
        QVERIFY(restLines.ok());
        QCOMPARE(restLines->at(0).tax.minorUnits(), 118 - 59); // the remainder at 7 %
        QCOMPARE(restLines->at(1).tax.minorUnits(), 200);      // all of 19 %
        QCOMPARE(rest->amount.minorUnits() + first->amount.minorUnits(),
                 order.payment.amount.minorUnits());
        // Stored: what the refunds hold in tax is what the order charged.
        auto reversed = RefundLineRepository(db()).reversedTaxes(order.order.id);
        QVERIFY(reversed.ok());
        qint64 tax = 0;
        for (const TaxTotal &row : *reversed)
            tax += row.tax.minorUnits();
        QCOMPARE(tax, 118 + 200);
    }

    void refundsOfTaxExclusiveSalesGiveTheTaxBackToo()
    {
        setStandard(kMoby);
        TaxRules salesTax;
        salesTax.pricing = TaxPricing::Exclusive;
        QVERIFY(salesTax.rates.add(TaxCategory::Reduced, TaxRate{4000}).ok());
        QVERIFY(salesTax.rates.add(TaxCategory::Standard, TaxRate{8875}).ok());
        QVERIFY(
            TaxSettings::store(db(), m_auth->clock(), salesTax, QStringLiteral("counter-1")).ok());
        const RefundableOrder order = paidOrder();
        // 17.98 + 0.72 and 12.50 + 1.11.
        QCOMPARE(order.payment.amount.minorUnits(), 1870 + 1361);
        auto card = m_refunds->requestRefund({order.order.id, {{2, 1}}}, m_manager.actor());
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().message));
        QCOMPARE(card->amount.minorUnits(), 1361);
        auto book = m_refunds->requestRefund({order.order.id, {{1, 1}}}, m_manager.actor());
        QVERIFY(book.ok());
        QCOMPARE(book->amount.minorUnits(), 899 + 36); // 8.99 * 4 % = 0.3596
        auto lastBook = m_refunds->requestRefund({order.order.id, {{1, 1}}}, m_manager.actor());
        QVERIFY(lastBook.ok());
        QCOMPARE(lastBook->amount.minorUnits(), 1870 - 935); // the remainder
        QCOMPARE(card->amount.minorUnits() + book->amount.minorUnits()
                     + lastBook->amount.minorUnits(),
                 order.payment.amount.minorUnits());
        // Nothing is left: a further refund is refused.
        QVERIFY(!m_refunds->requestRefund({order.order.id, {{1, 1}}}, m_manager.actor()).ok());
    }
};

QTEST_GUILESS_MAIN(RefundServiceTest)
#include "RefundServiceTest.moc"
