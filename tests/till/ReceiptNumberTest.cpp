#include "TillFixture.h"
#include "flows/PurchaseFlow.h"
#include "flows/RefundSettlement.h"
#include "persistence/EventLog.h"
#include "persistence/ReceiptNumberRepository.h"
#include "persistence/RefundRepository.h"

#include <QJsonObject>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <memory>

using namespace quire;

namespace {

const QString kPride = QStringLiteral("9780141439518"); // 8.99
const QString kMoby = QStringLiteral("9780142437247");  // 12.50

// Why a result failed, for QVERIFY2 (which reads its message either way).
template<typename R>
QString why(const R &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

// Protects: every sale receipt and every refund receipt gets the next number
// of one unbroken sequence per terminal, taken in the transaction that pays
// the order or settles the refund (never by printing: reading it again gives
// the same number); numbers are never reused, survive a restart, stay
// unbroken when two terminals' connections pay at once, and a counter sale
// counts at its shift's terminal.
class ReceiptNumberTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TillFixture> m_f;
    test::TillFixture &f() { return *m_f; }
    const Actor m_gateway = Actor::system(QStringLiteral("test-gateway"));

    Payment orderAndStartPayment(PurchaseFlow &flow, const QList<OrderLineRequest> &lines)
    {
        auto order = flow.createOrder(lines, m_gateway);
        if (!order)
            qFatal("createOrder: %s", qPrintable(why(order)));
        auto payment = flow.startPayment(order->id, m_gateway);
        if (!payment)
            qFatal("startPayment: %s", qPrintable(why(payment)));
        return *payment;
    }
    // A card sale (no shift: the flow's terminal), paid.
    qint64 cardSale(const QList<OrderLineRequest> &lines = {{kPride, 1}})
    {
        const Payment payment = orderAndStartPayment(f().flow(), lines);
        auto paid = f().flow().confirmPaymentPaid(payment.id, m_gateway);
        if (!paid)
            qFatal("confirmPaymentPaid: %s", qPrintable(why(paid)));
        return payment.orderId;
    }
    ReceiptNumber saleNumber(qint64 orderId)
    {
        auto number = ReceiptNumberRepository(f().database()).forSale(orderId);
        return number ? *number : ReceiptNumber{};
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::TillFixture>();
        f().db().addBook(kPride, QStringLiteral("Pride and Prejudice"), 899, QStringLiteral("EUR"),
                         100);
        f().db().addBook(kMoby, QStringLiteral("Moby-Dick"), 1250, QStringLiteral("EUR"), 100);
    }

    void salesAreNumberedInTheTransactionThatPaysThem()
    {
        const Payment pending = orderAndStartPayment(f().flow(), {{kPride, 1}});
        QVERIFY(!saleNumber(pending.orderId).isValid()); // not paid: no number yet
        QVERIFY(f().flow().confirmPaymentPaid(pending.id, m_gateway).ok());
        const ReceiptNumber first = saleNumber(pending.orderId);
        QCOMPARE(first.terminalId, QStringLiteral("counter-1"));
        QCOMPARE(first.number, 1);
        QCOMPARE(first.text(), QStringLiteral("counter-1-000001"));
        const qint64 second = cardSale();
        QCOMPARE(saleNumber(second).number, 2);
        // Reading it again (a reprint) gives the same number, takes none.
        QCOMPARE(saleNumber(pending.orderId).number, 1);
        QCOMPARE(f().db().count(QStringLiteral("receipt_numbers")), 2);
        // The paid event carries it, so the audit trail names the receipt.
        auto events = EventLog(f().database()).forAggregate(AggregateType::Order, second);
        QVERIFY(events.ok());
        bool named = false;
        for (const DomainEvent &event : std::as_const(*events))
            named |= event.type == EventType::OrderPaid
                     && event.payload.value(QStringLiteral("receiptNumber")).toString()
                            == QStringLiteral("counter-1-000002");
        QVERIFY(named);
    }

    void aCancelledOrderTakesNoNumber()
    {
        const Payment pending = orderAndStartPayment(f().flow(), {{kPride, 1}});
        QVERIFY(f().flow().recordPaymentCancelled(pending.id, m_gateway).ok());
        QVERIFY(!saleNumber(pending.orderId).isValid());
        QCOMPARE(saleNumber(cardSale()).number, 1); // the next sale is still number 1
    }

    void refundsShareTheSequence()
    {
        QCOMPARE(saleNumber(cardSale()).number, 1);
        // The last copy: sold again while paying, so it is refunded
        // automatically; the refund's success takes the next number.
        QVERIFY(f().database()
                    .exec(QStringLiteral("UPDATE books SET stock = 1 WHERE isbn13 = ?"), {kPride})
                    .ok());
        const Payment first = orderAndStartPayment(f().flow(), {{kPride, 1}});
        const Payment second = orderAndStartPayment(f().flow(), {{kPride, 1}});
        QVERIFY(f().flow().confirmPaymentPaid(first.id, m_gateway).ok());
        QVERIFY(f().flow().confirmPaymentPaid(second.id, m_gateway).ok());
        QCOMPARE(saleNumber(first.orderId).number, 2);
        QCOMPARE(saleNumber(second.orderId).number, 3);
        auto refunds = RefundRepository(f().database()).forPayment(second.id);
        QVERIFY2(refunds.ok(), qPrintable(why(refunds)));
        QCOMPARE(refunds->size(), 1);
        const Refund refund = refunds->constFirst();
        QVERIFY(!ReceiptNumberRepository(f().database()).forRefund(refund.id)->isValid());
        auto settled = f().flow().transact([&](PurchaseSteps &steps) {
            return RefundSettlement::apply(steps, refund, RefundStatus::Succeeded,
                                           QStringLiteral("re_test_1"), QString(), m_gateway);
        });
        QVERIFY2(settled.ok(), qPrintable(why(settled)));
        auto refundNumber = ReceiptNumberRepository(f().database()).forRefund(refund.id);
        QVERIFY(refundNumber.ok());
        QCOMPARE(refundNumber->text(), QStringLiteral("counter-1-000004"));
        QCOMPARE(saleNumber(cardSale({{kMoby, 1}})).number, 5);
    }

    void aCashSaleCountsAtItsShiftsTerminal()
    {
        QCOMPARE(saleNumber(cardSale()).number, 1); // counter-1, no shift
        auto other = std::make_unique<ShiftService>(f().flow(), QStringLiteral("counter-2"), false,
                                                    TillSettings{});
        TenderService otherTill(f().flow(), *other);
        QVERIFY(other->openShift(f().money(5000), f().otherClerk).ok());
        auto order = f().flow().createOrder({{kMoby, 1}}, f().otherClerk);
        QVERIFY2(order.ok(), qPrintable(why(order)));
        auto paid = otherTill.payCash({order->id, TenderService::newTenderKey(), f().money(2000)},
                                      f().otherClerk);
        QVERIFY2(paid.ok(), qPrintable(why(paid)));
        const ReceiptNumber cash = saleNumber(order->id);
        QCOMPARE(cash.terminalId, QStringLiteral("counter-2"));
        QCOMPARE(cash.number, 1); // counter-2's own sequence
    }

    void numbersAreNeverChangedAndSurviveARestart()
    {
        const qint64 first = cardSale();
        cardSale();
        QVERIFY(!f().database().exec(QStringLiteral("UPDATE receipt_numbers SET number = 7")).ok());
        QVERIFY(!f().database().exec(QStringLiteral("DELETE FROM receipt_numbers")).ok());
        // A restarted terminal: a new connection and a new flow on the file.
        const Payment pending = orderAndStartPayment(f().flow(), {{kMoby, 1}});
        {
            auto database = Database::openSqlite(f().db().path());
            QVERIFY2(database.ok(), qPrintable(why(database)));
            PurchaseFlow restarted(**database, f().db().clock());
            QVERIFY(restarted.restore().ok());
            QCOMPARE(ReceiptNumberRepository(**database).forSale(first)->number, 1);
            QVERIFY(restarted.confirmPaymentPaid(pending.id, m_gateway).ok());
        }
        QCOMPARE(saleNumber(pending.orderId).number, 3);
    }

    // Two connections to one SQLite file (two processes of one terminal, or
    // a callback and the till), each in its own thread, pay orders at once:
    // every sale gets a number, none twice, none skipped.
    void salesRacingGetAnUnbrokenSequence()
    {
        constexpr int kPerThread = 8;
        QList<qint64> paymentIds[2];
        for (int i = 0; i < 2; ++i)
            for (int n = 0; n < kPerThread; ++n)
                paymentIds[i].append(orderAndStartPayment(f().flow(), {{kMoby, 1}}).id);
        const QString path = f().db().path();
        const test::ManualClock &clock = f().db().clock();
        QSemaphore ready;
        QSemaphore go;
        QString errors[2];
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads.append(QThread::create([&, i] {
                auto database = Database::openSqlite(path);
                if (!database) {
                    errors[i] = database.error().message;
                    ready.release();
                    return;
                }
                PurchaseFlow flow(**database, clock);
                ready.release();
                go.acquire();
                for (qint64 id : std::as_const(paymentIds[i])) {
                    if (auto paid = flow.confirmPaymentPaid(id, m_gateway); !paid) {
                        errors[i] = paid.error().message;
                        return;
                    }
                }
            }));
            threads.constLast()->start();
        }
        QVERIFY(ready.tryAcquire(2, 20000));
        go.release(2);
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        auto numbers = f().database().exec(
            QStringLiteral("SELECT number FROM receipt_numbers WHERE terminal_id = 'counter-1'"
                           " ORDER BY number"));
        QVERIFY(numbers.ok());
        qint64 expected = 1;
        while (numbers.value().next())
            QCOMPARE(numbers.value().value(0).toLongLong(), expected++);
        QCOMPARE(expected - 1, 2 * kPerThread);
    }
};

QTEST_GUILESS_MAIN(ReceiptNumberTest)
#include "ReceiptNumberTest.moc"
