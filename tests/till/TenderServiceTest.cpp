#include "TillFixture.h"
#include "persistence/AuditLog.h"
#include "persistence/PaymentRepository.h"
#include "persistence/TenderRepository.h"

#include <QSignalSpy>

using namespace quire;

namespace {

const QString kPride = QStringLiteral("9780141439518"); // 8.99
const QString kMoby = QStringLiteral("9780142437247");  // 12.50
const QString kAlpen = QStringLiteral("9783257233964"); // CHF 23.47
const QString kBerg = QStringLiteral("9783257236965");  // CHF 23.48

} // namespace

// Protects: a sale is paid by one or more tenders. Cash is paid at once with
// its change, and OrderPaid comes only when the tenders cover the total; a
// split asks the card only for the rest; a card that fails or is cancelled
// leaves the cash recorded and the order open (pay again or give the cash
// back); a repeated submit is one tender; cash rounding is applied and
// recorded. Each step commits with its event and audit rows or not at all.
class TenderServiceTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TillFixture> m_f;
    test::TillFixture &f() { return *m_f; }

    void makeStore(TillSettings settings = {})
    {
        m_f = std::make_unique<test::TillFixture>(settings);
        f().db().addBook(kPride, QStringLiteral("Pride and Prejudice"), 899);
        f().db().addBook(kMoby, QStringLiteral("Moby-Dick"), 1250);
        f().db().addBook(kAlpen, QStringLiteral("Alpenwege"), 2347, QStringLiteral("CHF"));
        f().db().addBook(kBerg, QStringLiteral("Bergluft"), 2348, QStringLiteral("CHF"));
    }
    Order order(QList<OrderLineRequest> lines = {{kPride, 2}, {kMoby, 1}}) // 30.48
    {
        auto made = f().flow().createOrder(lines, f().clerk);
        if (!made)
            qFatal("createOrder: %s", qPrintable(made.error().message));
        return *made;
    }
    Result<TenderService::CashOutcome> cash(qint64 orderId, qint64 handedMinor,
                                            const QString &key = TenderService::newTenderKey(),
                                            const QString &currency = QStringLiteral("EUR"))
    {
        return f().tenders().payCash({orderId, key, f().money(handedMinor, currency)}, f().clerk);
    }
    QString orderStatus(qint64 id)
    {
        return f()
            .scalar(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {id})
            .toString();
    }
    int stock(const QString &isbn)
    {
        return f()
            .scalar(QStringLiteral("SELECT stock FROM books WHERE isbn13 = ?"), {isbn})
            .toInt();
    }

private Q_SLOTS:
    void init() { makeStore(); }
    void cleanup() { m_f.reset(); }

    void cashSaleWithChange()
    {
        const Shift shift = f().openShift();
        const Order sale = order();
        QCOMPARE(sale.total.minorUnits(), 3048);
        QSignalSpy published(&f().flow(), &PurchaseFlow::eventPublished);

        auto paid = cash(sale.id, 5000);
        QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(paid.error().message));
        QVERIFY(paid->orderPaid);
        QVERIFY(!paid->repeated);
        QCOMPARE(paid->tender.amount, f().money(3048));
        QCOMPARE(paid->tender.change, f().money(1952));
        QCOMPARE(paid->tender.rounding, f().money(0));
        QCOMPARE(paid->remaining, f().money(0));
        QCOMPARE(paid->drawer, ShiftService::DrawerResult::OpenByHand);
        QCOMPARE(paid->tender.shiftId, shift.id);

        QCOMPARE(orderStatus(sale.id), QStringLiteral("paid"));
        QCOMPARE(stock(kPride), 8);
        QCOMPARE(stock(kMoby), 9);
        QCOMPARE(f().eventTypes(AggregateType::Tender, paid->tender.id),
                 QStringList{QStringLiteral("CashTendered")});
        QCOMPARE(f().eventTypes(AggregateType::Order, sale.id),
                 (QStringList{QStringLiteral("OrderCreated"), QStringLiteral("OrderPaid")}));
        QCOMPARE(published.size(), 3); // CashTendered, OrderPaid, DrawerOpened
        const auto audit
            = AuditLog(f().database())
                  .forEntity(QStringLiteral("tender"), QString::number(paid->tender.id));
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->at(0).toStatus, QStringLiteral("paid"));
        QCOMPARE(audit->at(0).actor.userId, f().clerk.userId);
        QCOMPARE(f().db().count(QStringLiteral("drawer_openings"),
                                QStringLiteral("reason = 'sale' AND order_id = %1").arg(sale.id)),
                 1);
        QCOMPARE(f().scalar(QStringLiteral("SELECT shift_id FROM orders WHERE id = ?"), {sale.id})
                     .toLongLong(),
                 shift.id);

        // Nothing more can be paid on it.
        auto more = cash(sale.id, 100);
        QCOMPARE(more.error().kind, ErrorKind::IllegalTransition);
    }

    void aRepeatedSubmitIsOneTender()
    {
        f().openShift();
        const Order sale = order();
        const QString key = TenderService::newTenderKey();
        auto first = cash(sale.id, 1000, key);
        QVERIFY(first.ok());
        const qint64 events = f().db().count(QStringLiteral("events"));
        const qint64 audit = f().db().count(QStringLiteral("audit_log"));
        auto again = cash(sale.id, 1000, key);
        QVERIFY(again.ok());
        QVERIFY(again->repeated);
        QCOMPARE(again->tender.id, first->tender.id);
        QCOMPARE(again->remaining, f().money(2048));
        QCOMPARE(f().db().count(QStringLiteral("tenders")), 1);
        QCOMPARE(f().db().count(QStringLiteral("events")), events);
        QCOMPARE(f().db().count(QStringLiteral("audit_log")), audit);
        QCOMPARE(f().db().count(QStringLiteral("drawer_openings")), 1);
        // The key is the tender's: it cannot pay another order.
        const Order other = order();
        QCOMPARE(cash(other.id, 1000, key).error().kind, ErrorKind::Conflict);
        QCOMPARE(cash(other.id, 1000, QStringLiteral("not-a-uuid")).error().kind,
                 ErrorKind::Invalid);
    }

    void cashNeedsAnOpenShiftAndATillRole()
    {
        const Order sale = order();
        auto noShift = cash(sale.id, 5000);
        QCOMPARE(noShift.error().kind, ErrorKind::Conflict);
        f().openShift();
        auto byCustomer = f().tenders().payCash(
            {sale.id, TenderService::newTenderKey(), f().money(5000)}, f().customer);
        QCOMPARE(byCustomer.error().kind, ErrorKind::Forbidden);
        QCOMPARE(f().db().count(QStringLiteral("tenders")), 0);
        QCOMPARE(orderStatus(sale.id), QStringLiteral("created"));
        QCOMPARE(f().db().count(QStringLiteral("audit_log"),
                                QStringLiteral("action = 'access_refused'")),
                 1);
        QCOMPARE(
            cash(sale.id, 5000, TenderService::newTenderKey(), QStringLiteral("CHF")).error().kind,
            ErrorKind::Invalid);
    }

    void theKioskTakesNoCash()
    {
        test::TillFixture kiosk({}, QStringLiteral("kiosk-1"), true);
        kiosk.db().addBook(kPride, QStringLiteral("Pride and Prejudice"), 899);
        auto sale = kiosk.flow().createOrder({{kPride, 1}}, Actor::system(QStringLiteral("kiosk")));
        QVERIFY(sale.ok());
        auto refused = kiosk.tenders().payCash(
            {sale->id, TenderService::newTenderKey(), kiosk.money(1000)}, kiosk.manager);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QCOMPARE(kiosk.db().count(QStringLiteral("tenders")), 0);
    }

    void splitTenderAsksTheCardOnlyForTheRest()
    {
        f().openShift();
        const Order sale = order();
        auto part = cash(sale.id, 1000);
        QVERIFY(part.ok());
        QVERIFY(!part->orderPaid);
        QCOMPARE(part->remaining, f().money(2048));
        QCOMPARE(orderStatus(sale.id), QStringLiteral("created"));
        QCOMPARE(f().eventTypes(AggregateType::Order, sale.id),
                 QStringList{QStringLiteral("OrderCreated")});
        QCOMPARE(stock(kPride), 10); // not sold yet
        auto due = f().tenders().due(sale.id);
        QVERIFY(due.ok());
        QCOMPARE(due->paid, f().money(1000));
        QCOMPARE(due->remaining, f().money(2048));

        auto card = f().flow().startPayment(sale.id, f().clerk);
        QVERIFY2(card.ok(), card.ok() ? "" : qPrintable(card.error().message));
        QCOMPARE(card->amount, f().money(2048));
        // No cash while the card is under way: the card's amount is fixed.
        QCOMPARE(cash(sale.id, 2048).error().kind, ErrorKind::Conflict);

        QVERIFY(f().flow().confirmPaymentPaid(card->id, Actor::system(QStringLiteral("gw"))).ok());
        QCOMPARE(orderStatus(sale.id), QStringLiteral("paid"));
        QCOMPARE(stock(kPride), 8);
        QCOMPARE(f().eventTypes(AggregateType::Order, sale.id),
                 (QStringList{QStringLiteral("OrderCreated"), QStringLiteral("OrderPaid")}));
    }

    void aCancelledCardLeavesTheCashAndTheOrderOpen()
    {
        f().openShift();
        const Order sale = order();
        auto part = cash(sale.id, 2000);
        QVERIFY(part.ok());
        auto card = f().flow().startPayment(sale.id, f().clerk);
        QVERIFY(card.ok());
        QVERIFY(f().flow().recordPaymentCancelled(card->id, f().clerk).ok());
        QCOMPARE(orderStatus(sale.id), QStringLiteral("created"));
        QVERIFY(!TenderRepository(f().database()).find(part->tender.id)->refunded);

        // A card that times out does not cancel an order holding cash either.
        auto second = f().flow().startPayment(sale.id, f().clerk);
        QVERIFY(second.ok());
        QCOMPARE(second->amount, f().money(1048));
        QVERIFY(
            f().flow().recordPaymentTimedOut(second->id, Actor::system(QStringLiteral("t"))).ok());
        QCOMPARE(orderStatus(sale.id), QStringLiteral("created"));

        // Cancelling needs the cash back first.
        QCOMPARE(
            f().flow().cancelOrder(sale.id, QStringLiteral("changed mind"), f().clerk).error().kind,
            ErrorKind::Conflict);
        // Giving cash back is a refund: a manager's (or their override's).
        QCOMPARE(f().tenders()
                     .refundCash(part->tender.id, QStringLiteral("changed mind"), f().clerk)
                     .error()
                     .kind,
                 ErrorKind::Forbidden);
        auto back = f().tenders().refundCash(part->tender.id, QStringLiteral("changed mind"),
                                             f().manager);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QVERIFY(back->tender.refunded);
        QCOMPARE(back->remaining, f().money(3048));
        QCOMPARE(
            f().eventTypes(AggregateType::Tender, part->tender.id),
            (QStringList{QStringLiteral("CashTendered"), QStringLiteral("CashTenderRefunded")}));
        QCOMPARE(
            f().db().count(QStringLiteral("drawer_openings"), QStringLiteral("reason = 'refund'")),
            1);
        QVERIFY(f().flow().cancelOrder(sale.id, QStringLiteral("changed mind"), f().clerk).ok());
        QCOMPARE(orderStatus(sale.id), QStringLiteral("cancelled"));
    }

    void cashAfterADeclineStopsThatCardFromBeingTheSale()
    {
        f().openShift();
        const Order sale = order();
        auto card = f().flow().startPayment(sale.id, f().clerk);
        QVERIFY(card.ok());
        QCOMPARE(card->amount, f().money(3048));
        QVERIFY(f().flow()
                    .recordPaymentFailed(card->id, QStringLiteral("declined"),
                                         Actor::system(QStringLiteral("gw")))
                    .ok());
        QVERIFY(cash(sale.id, 1000).ok());
        // The declined page's second card would now pay 30.48 on top of 10.00 cash.
        auto late = f().flow().confirmPaymentPaid(card->id, Actor::system(QStringLiteral("gw")));
        QVERIFY(!late.ok());
        QCOMPARE(late.error().kind, ErrorKind::IllegalTransition);
        QCOMPARE(orderStatus(sale.id), QStringLiteral("created"));
    }

    void cashRoundingToFiveRappen()
    {
        TillSettings settings;
        settings.cashRounding.insert(QStringLiteral("CHF"), 5);
        makeStore(settings);
        f().openShift(0, QStringLiteral("CHF"));
        const Order down = order({{kAlpen, 1}}); // 23.47 -> 23.45
        auto due = f().tenders().due(down.id);
        QVERIFY(due.ok());
        QCOMPARE(due->cashDue, f().money(2345, QStringLiteral("CHF")));
        auto paid = cash(down.id, 2500, TenderService::newTenderKey(), QStringLiteral("CHF"));
        QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(paid.error().message));
        QVERIFY(paid->orderPaid);
        QCOMPARE(paid->tender.amount, f().money(2347, QStringLiteral("CHF")));
        QCOMPARE(paid->tender.rounding, f().money(-2, QStringLiteral("CHF")));
        QCOMPARE(paid->tender.change, f().money(155, QStringLiteral("CHF")));

        const Order up = order({{kBerg, 1}}); // 23.48 -> 23.50
        auto exact = cash(up.id, 2350, TenderService::newTenderKey(), QStringLiteral("CHF"));
        QVERIFY(exact.ok());
        QVERIFY(exact->orderPaid);
        QCOMPARE(exact->tender.rounding, f().money(2, QStringLiteral("CHF")));
        QCOMPARE(exact->tender.change, f().money(0, QStringLiteral("CHF")));

        // The drawer holds what was taken: 23.45 + 23.50.
        QCOMPARE(f().shifts().xReport()->expectedCashMinor, 2345 + 2350);
        QCOMPARE(f().shifts().xReport()->roundingMinor, 0);
    }

    void roundingIsASetting()
    {
        TillSettings settings;
        settings.cashRounding.insert(QStringLiteral("CHF"), 5);
        QCOMPARE(settings.roundCash(f().money(2347, QStringLiteral("CHF"))).minorUnits(), 2345);
        QCOMPARE(settings.roundCash(f().money(2348, QStringLiteral("CHF"))).minorUnits(), 2350);
        QCOMPARE(settings.roundCash(f().money(2352, QStringLiteral("CHF"))).minorUnits(), 2350);
        QCOMPARE(settings.roundCash(f().money(2353, QStringLiteral("CHF"))).minorUnits(), 2355);
        QCOMPARE(settings.roundCash(f().money(2347)).minorUnits(), 2347); // EUR: none
    }

    void aSaleOutOfStockTakesNoCash()
    {
        f().openShift();
        const Order sale = order({{kPride, 1}});
        QVERIFY(f().database()
                    .exec(QStringLiteral("UPDATE books SET stock = 0 WHERE isbn13 = ?"), {kPride})
                    .ok());
        const qint64 events = f().db().count(QStringLiteral("events"));
        auto refused = cash(sale.id, 1000);
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QCOMPARE(f().db().count(QStringLiteral("tenders")), 0);
        QCOMPARE(f().db().count(QStringLiteral("drawer_openings")), 0);
        QCOMPARE(f().db().count(QStringLiteral("events")), events);
        QCOMPARE(orderStatus(sale.id), QStringLiteral("created"));
    }

    void aCashOnlyOrderGivenBackIsRefunded()
    {
        f().openShift();
        const Order sale = order({{kPride, 1}});
        auto paid = cash(sale.id, 1000);
        QVERIFY(paid.ok());
        auto back
            = f().tenders().refundCash(paid->tender.id, QStringLiteral("damaged"), f().manager);
        QVERIFY(back.ok());
        QCOMPARE(orderStatus(sale.id), QStringLiteral("refunded"));
        QCOMPARE(f().tenders()
                     .refundCash(paid->tender.id, QStringLiteral("again"), f().manager)
                     .error()
                     .kind,
                 ErrorKind::Conflict);
    }
};

QTEST_GUILESS_MAIN(TenderServiceTest)
#include "TenderServiceTest.moc"
