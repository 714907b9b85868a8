#include "SimulatedStore.h"
#include "auth/UserRepository.h"
#include "flows/PurchaseFlow.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "persistence/PaymentRepository.h"
#include "services/CoreServices.h"
#include "services/PaymentCoordinator.h"
#include "till/ShiftService.h"
#include "till/TenderService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace quire;

namespace {

const QString kPride = QStringLiteral("9780141439518");
const QString kGoodCard = QStringLiteral("4242424242424242");
const QString kDeclinedCard = QStringLiteral("4000000000000002");

} // namespace

// Protects: a split tender against the real gateway simulator. The card's
// checkout session asks only what the cash left; a declined card leaves the
// cash and the order open; a good card then completes the sale, once.
class TenderRoundTripTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SimulatedStore> m_store;
    Actor m_clerk;

    CoreServices &core() { return m_store->core(); }
    Money eur(qint64 minor) { return *Money::fromMinorUnits(minor, QStringLiteral("EUR")); }
    QJsonObject simRequest(const QByteArray &method, const QString &path,
                           const QByteArray &body = {}, int *status = nullptr)
    {
        const auto reply = m_store->client().request(method, path, body);
        if (status)
            *status = reply.status;
        return reply.json();
    }
    int pay(const QString &sessionId, const QString &card)
    {
        return m_store->client().pay(sessionId, card).status;
    }
    Payment payment(qint64 id) { return *PaymentRepository(core().database()).find(id); }
    QString orderStatus(qint64 orderId)
    {
        auto query = core().database().exec(
            QStringLiteral("SELECT status FROM orders WHERE id = ?"), {orderId});
        return query.ok() && query.value().next() ? query.value().value(0).toString() : QString();
    }
    Payment beginAndWaitForPage(qint64 orderId)
    {
        QSignalSpy ready(&core().payments(), &PaymentCoordinator::paymentPageReady);
        auto begun = core().payments().beginPayment(orderId, m_clerk);
        if (!begun)
            qFatal("beginPayment: %s", qPrintable(begun.error().message));
        if (!ready.wait(15000))
            qFatal("no payment page for payment %lld", begun->id);
        return payment(begun->id);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::SimulatedStore>();
        CoreOptions &options = m_store->options();
        options.payments.firstPollAfterMs = 400;
        options.payments.maxPollIntervalMs = 1500;
        options.payments.tickIntervalMs = 100;
        options.till.requireOpenShift = true;
        m_store->setSimulatorArguments(
            {QStringLiteral("--webhook-retry-ms"), QStringLiteral("200")});
        auto started = m_store->start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        QVERIFY(BookRepository(core().database())
                    .upsert({kPride,
                             QStringLiteral("Pride and Prejudice"),
                             QStringLiteral("Jane Austen"),
                             eur(899),
                             10,
                             {}},
                            m_store->clock().nowMs())
                    .ok());
        UserRepository::NewUser clerk;
        clerk.username = QStringLiteral("alex");
        clerk.displayName = QStringLiteral("Alex");
        clerk.role = Role::Clerk;
        auto inserted = UserRepository(core().database()).insert(clerk, m_store->clock().nowMs());
        QVERIFY(inserted.ok());
        m_clerk = Actor::user(inserted->id, clerk.username);
        QVERIFY(core().shifts().openShift(eur(5000), m_clerk).ok());
    }
    void cleanup() { m_store.reset(); }

    void splitWithADeclinedCardThenAGoodOne()
    {
        auto order = core().flow().createOrder({{kPride, 3}}, m_clerk); // 26.97
        QVERIFY2(order.ok(), order.ok() ? "" : qPrintable(order.error().message));
        auto cash = core().tenders().payCash({order->id, TenderService::newTenderKey(), eur(1000)},
                                             m_clerk);
        QVERIFY2(cash.ok(), cash.ok() ? "" : qPrintable(cash.error().message));
        QCOMPARE(cash->remaining, eur(1697));

        const Payment first = beginAndWaitForPage(order->id);
        QCOMPARE(first.amount, eur(1697));
        const QJsonObject session
            = simRequest("GET", QStringLiteral("/v1/checkout/sessions/") + first.gatewaySessionId);
        QCOMPARE(session.value(QStringLiteral("amount_total")).toInteger(), 1697);

        QCOMPARE(pay(first.gatewaySessionId, kDeclinedCard), 402);
        QTRY_COMPARE_WITH_TIMEOUT(payment(first.id).status, PaymentStatus::Failed, 10000);
        QCOMPARE(orderStatus(order->id), QStringLiteral("created"));
        QCOMPARE(core().tenders().due(order->id)->paid, eur(1000));

        // The clerk tries again: a new attempt, again for the rest only.
        const Payment second = beginAndWaitForPage(order->id);
        QCOMPARE(second.amount, eur(1697));
        QCOMPARE(pay(second.gatewaySessionId, kGoodCard), 200);
        QTRY_COMPARE_WITH_TIMEOUT(payment(second.id).status, PaymentStatus::Paid, 10000);
        QCOMPARE(orderStatus(order->id), QStringLiteral("paid"));

        auto report = core().shifts().xReport();
        QVERIFY(report.ok());
        QCOMPARE(report->cashSales.minor, 1000);
        QCOMPARE(report->cardSales.count, 1);
        QCOMPARE(report->cardSales.minor, 1697);
        QCOMPARE(report->expectedCashMinor, 5000 + 1000);
    }
};

QTEST_GUILESS_MAIN(TenderRoundTripTest)
#include "TenderRoundTripTest.moc"
