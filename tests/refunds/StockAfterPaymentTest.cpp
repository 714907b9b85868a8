#include "TestDatabase.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "flows/RefundSettlement.h"
#include "flows/StockTaking.h"
#include "persistence/BookRepository.h"
#include "persistence/EventLog.h"
#include "persistence/RefundLineRepository.h"
#include "persistence/RefundRepository.h"
#include "persistence/StockRepository.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <memory>

using namespace quire;

namespace {

const QString kPride = QStringLiteral("9780141439518");
const QString kMoby = QStringLiteral("9780142437247");

} // namespace

// Protects: a paid order's copies leave the shelf in the transaction that
// marks it paid, with a guarded update that never takes stock below zero;
// lines that can no longer be served are refunded automatically (requested,
// with their lines, events and audit rows), and the last copy sold by two
// payments at once goes to exactly one of them.
class StockAfterPaymentTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<PurchaseFlow> m_flow;
    const Actor m_gateway = Actor::system(QStringLiteral("test-gateway"));

    int stockOf(const QString &isbn)
    {
        auto book = BookRepository(m_db->database()).find(isbn);
        return book ? book->stock : -1;
    }
    void setStock(const QString &isbn, int stock)
    {
        QVERIFY(
            m_db->database()
                .exec(QStringLiteral("UPDATE books SET stock = ? WHERE isbn13 = ?"), {stock, isbn})
                .ok());
    }
    Payment orderAndStartPayment(const QList<OrderLineRequest> &lines)
    {
        auto order = m_flow->createOrder(lines, m_gateway);
        if (!order)
            qFatal("createOrder: %s", qPrintable(order.error().message));
        auto payment = m_flow->startPayment(order->id, m_gateway);
        if (!payment)
            qFatal("startPayment: %s", qPrintable(payment.error().message));
        return *payment;
    }
    QList<Refund> refundsOf(qint64 paymentId)
    {
        auto refunds = RefundRepository(m_db->database()).forPayment(paymentId);
        return refunds ? *refunds : QList<Refund>();
    }
    Result<RefundSettlement::Outcome> settle(const Refund &refund, RefundStatus status)
    {
        return m_flow->transact([&](PurchaseSteps &steps) {
            return RefundSettlement::apply(steps, refund, status, QStringLiteral("re_test_1"),
                                           QString(), m_gateway);
        });
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_db->addBook(kPride, QStringLiteral("Pride and Prejudice"), 899, QStringLiteral("EUR"), 5);
        m_db->addBook(kMoby, QStringLiteral("Moby-Dick"), 1250, QStringLiteral("EUR"), 1);
        m_flow = std::make_unique<PurchaseFlow>(m_db->database(), m_db->clock());
    }
    void cleanup()
    {
        m_flow.reset();
        m_db.reset();
    }

    void guardedUpdateNeverGoesBelowZero()
    {
        StockRepository stock(m_db->database());
        auto tooMany = stock.take(kMoby, 2);
        QVERIFY(tooMany.ok());
        QVERIFY(!*tooMany);
        QCOMPARE(stockOf(kMoby), 1);
        auto last = stock.take(kMoby, 1);
        QVERIFY(last.ok());
        QVERIFY(*last);
        QCOMPARE(stockOf(kMoby), 0);
        auto none = stock.take(kMoby, 1);
        QVERIFY(none.ok());
        QVERIFY(!*none);
        QCOMPARE(stockOf(kMoby), 0);
        QVERIFY(!stock.take(kMoby, 0).ok());
        QVERIFY(stock.putBack(kMoby, 2).ok());
        QCOMPARE(stockOf(kMoby), 2);
    }

    void paymentTakesTheOrdersStock()
    {
        const Payment payment = orderAndStartPayment({{kPride, 2}, {kMoby, 1}});
        QCOMPARE(stockOf(kPride), 5); // ordering takes nothing yet
        QVERIFY(m_flow->confirmPaymentPaid(payment.id, m_gateway).ok());
        QCOMPARE(stockOf(kPride), 3);
        QCOMPARE(stockOf(kMoby), 0);
        QVERIFY(refundsOf(payment.id).isEmpty());
        QCOMPARE(m_db->count(QStringLiteral("events"), QStringLiteral("type = 'StockUnavailable'")),
                 0);
    }

    void aLineSoldElsewhereIsRefundedAutomatically()
    {
        const Payment payment = orderAndStartPayment({{kPride, 2}, {kMoby, 1}});
        setStock(kMoby, 0); // another till sold the last copy meanwhile
        QVERIFY(m_flow->confirmPaymentPaid(payment.id, m_gateway).ok());

        // The payment stands, the rest of the order is served.
        QCOMPARE(m_db->count(QStringLiteral("payments"), QStringLiteral("status = 'paid'")), 1);
        QCOMPARE(m_db->count(QStringLiteral("orders"), QStringLiteral("status = 'paid'")), 1);
        QCOMPARE(stockOf(kPride), 3);
        QCOMPARE(stockOf(kMoby), 0);

        const QList<Refund> refunds = refundsOf(payment.id);
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.constFirst().reason, StockTaking::kReason);
        QCOMPARE(refunds.constFirst().status, RefundStatus::Requested);
        QCOMPARE(refunds.constFirst().amount.minorUnits(), 1250);
        auto lines = RefundLineRepository(m_db->database()).forRefund(refunds.constFirst().id);
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 1);
        QCOMPARE(lines->constFirst().isbn13, kMoby);
        QCOMPARE(lines->constFirst().title, QStringLiteral("Moby-Dick"));
        QVERIFY(!lines->constFirst().restock); // nothing was taken

        QCOMPARE(m_db->count(QStringLiteral("events"), QStringLiteral("type = 'StockUnavailable'")),
                 1);
        QCOMPARE(m_db->count(QStringLiteral("events"), QStringLiteral("type = 'RefundRequested'")),
                 1);
        QCOMPARE(m_db->count(QStringLiteral("audit_log"),
                             QStringLiteral("action IN ('StockUnavailable', 'RefundRequested')")),
                 2);

        // Confirmed by the gateway: partly refunded, still paid.
        auto outcome = settle(refunds.constFirst(), RefundStatus::Succeeded);
        QVERIFY(outcome.ok());
        QCOMPARE(*outcome, RefundSettlement::Outcome::Succeeded);
        QCOMPARE(m_db->count(QStringLiteral("payments"), QStringLiteral("status = 'paid'")), 1);
        QCOMPARE(m_db->count(QStringLiteral("events"),
                             QStringLiteral("type = 'PartialRefundSucceeded'")),
                 1);
        QCOMPARE(stockOf(kMoby), 0); // never taken, so never put back
    }

    void anOrderWithNothingLeftIsRefundedWhole()
    {
        const Payment payment = orderAndStartPayment({{kMoby, 1}});
        setStock(kMoby, 0);
        QVERIFY(m_flow->confirmPaymentPaid(payment.id, m_gateway).ok());
        const QList<Refund> refunds = refundsOf(payment.id);
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.constFirst().amount, payment.amount);

        QVERIFY(settle(refunds.constFirst(), RefundStatus::Succeeded).ok());
        QCOMPARE(m_db->count(QStringLiteral("payments"), QStringLiteral("status = 'refunded'")), 1);
        QCOMPARE(m_db->count(QStringLiteral("orders"), QStringLiteral("status = 'refunded'")), 1);
        QCOMPARE(m_db->count(QStringLiteral("events"), QStringLiteral("type = 'PaymentRefunded'")),
                 1);
    }

    void aFailingSettleTakesNoStock()
    {
        // A payment that cannot become paid (already settled) takes nothing.
        const Payment payment = orderAndStartPayment({{kPride, 1}});
        QVERIFY(m_flow->recordPaymentCancelled(payment.id, m_gateway).ok());
        QVERIFY(!m_flow->confirmPaymentPaid(payment.id, m_gateway).ok());
        QCOMPARE(stockOf(kPride), 5);
    }

    // Two terminals (two connections to one SQLite file, each in its own
    // thread) confirm the payments of two orders for the last copy at once.
    void lastCopySoldByTwoConcurrentPayments()
    {
        const Payment first = orderAndStartPayment({{kMoby, 1}});
        const Payment second = orderAndStartPayment({{kMoby, 1}});
        QCOMPARE(stockOf(kMoby), 1);
        const QString path = m_db->path();
        const test::ManualClock &clock = m_db->clock();

        QSemaphore ready;
        QSemaphore go;
        struct Outcome
        {
            bool ok = false;
            QString error;
        };
        Outcome outcomes[2];
        const qint64 paymentIds[2] = {first.id, second.id};
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads.append(QThread::create([&, i] {
                auto database = Database::openSqlite(path);
                if (!database) {
                    outcomes[i].error = database.error().message;
                    ready.release();
                    return;
                }
                PurchaseFlow flow(**database, clock);
                ready.release();
                go.acquire(); // both connections open: now race
                auto paid = flow.confirmPaymentPaid(
                    paymentIds[i], Actor::system(QStringLiteral("terminal-%1").arg(i)));
                outcomes[i].ok = paid.ok();
                if (!paid)
                    outcomes[i].error = paid.error().message;
            }));
            threads.constLast()->start();
        }
        QVERIFY(ready.tryAcquire(2, 20000));
        go.release(2);
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QVERIFY2(outcomes[0].ok, qPrintable(outcomes[0].error));
        QVERIFY2(outcomes[1].ok, qPrintable(outcomes[1].error));

        // Both payments are paid; exactly one got the copy, the other is
        // being refunded; the shelf is empty, not negative.
        QCOMPARE(stockOf(kMoby), 0);
        const QList<Refund> firstRefunds = refundsOf(first.id);
        const QList<Refund> secondRefunds = refundsOf(second.id);
        QCOMPARE(firstRefunds.size() + secondRefunds.size(), 1);
        const Refund refund
            = firstRefunds.isEmpty() ? secondRefunds.constFirst() : firstRefunds.constFirst();
        QCOMPARE(refund.reason, StockTaking::kReason);
        QCOMPARE(refund.amount.minorUnits(), 1250);
        QCOMPARE(m_db->count(QStringLiteral("payments"), QStringLiteral("status = 'paid'")), 2);
        QCOMPARE(m_db->count(QStringLiteral("events"), QStringLiteral("type = 'StockUnavailable'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(StockAfterPaymentTest)
#include "StockAfterPaymentTest.moc"
