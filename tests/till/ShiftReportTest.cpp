#include "till/ShiftReport.h"

#include "TillFixture.h"
#include "persistence/EventLog.h"

#include <QSet>

using namespace quire;

namespace {

const QString kPride = QStringLiteral("9780141439518"); // 8.99
const QString kMoby = QStringLiteral("9780142437247");  // 12.50

// The shift's figures summed from the event rows alone: what was tendered,
// refunded, moved and opened, as the events' payloads say.
struct EventSums
{
    qint64 floatMinor = 0;
    ShiftReport::Figure cashSales, cashRefunds, cardSales, cashIn, paidOuts, bankDrops, voids,
        noSales;
    qint64 rounding = 0;
    qint64 expected() const
    {
        return floatMinor + cashSales.minor - cashRefunds.minor + cashIn.minor - paidOuts.minor
               - bankDrops.minor;
    }
};

EventSums sumEvents(Database &database, qint64 shiftId, const QSet<qint64> &shiftOrders)
{
    EventSums sums;
    auto events = EventLog(database).after(0, 100000);
    if (!events)
        qFatal("events: %s", qPrintable(events.error().message));
    QHash<qint64, qint64> orderTotals;
    const auto add = [](ShiftReport::Figure &figure, qint64 minor) {
        ++figure.count;
        figure.minor += minor;
    };
    for (const DomainEvent &event : events.value()) {
        const QJsonObject &p = event.payload;
        const auto minor
            = [&p](const char *key) { return p.value(QLatin1String(key)).toInteger(); };
        const bool ofShift = minor("shiftId") == shiftId;
        switch (event.type) {
        case EventType::ShiftOpened:
            if (event.aggregateId == shiftId)
                sums.floatMinor = minor("floatMinor");
            break;
        case EventType::CashTendered:
            if (ofShift) {
                add(sums.cashSales, minor("amountMinor") + minor("roundingMinor"));
                sums.rounding += minor("roundingMinor");
            }
            break;
        case EventType::CashTenderRefunded:
            if (minor("refundShiftId") == shiftId)
                add(sums.cashRefunds, minor("amountMinor") + minor("roundingMinor"));
            break;
        case EventType::PaymentSucceeded:
            if (shiftOrders.contains(minor("orderId")))
                add(sums.cardSales, minor("amountMinor"));
            break;
        case EventType::CashAdded:
            if (ofShift)
                add(sums.cashIn, minor("amountMinor"));
            break;
        case EventType::CashRemoved:
            if (ofShift)
                add(p.value(u"kind").toString() == u"paid_out" ? sums.paidOuts : sums.bankDrops,
                    minor("amountMinor"));
            break;
        case EventType::OrderCreated:
            orderTotals.insert(event.aggregateId, minor("totalMinor"));
            break;
        case EventType::OrderCancelled:
            if (shiftOrders.contains(event.aggregateId))
                add(sums.voids, orderTotals.value(event.aggregateId));
            break;
        case EventType::DrawerOpened:
            if (ofShift && p.value(u"reason").toString() == u"no_sale")
                add(sums.noSales, 0);
            break;
        default:
            break;
        }
    }
    return sums;
}

} // namespace

// Protects: the X and Z reports' figures (sales and refunds by tender,
// drawer movements, voids, no-sale openings, expected against counted cash,
// by clerk) equal an independent sum of the shift's event rows; the Z report
// is stored as CSV with the same figures.
class ShiftReportTest : public QObject
{
    Q_OBJECT

private:
    void compareWithEvents(const ShiftReport &report, const EventSums &sums)
    {
        QCOMPARE(report.floatMinor, sums.floatMinor);
        QCOMPARE(report.cashSales, sums.cashSales);
        QCOMPARE(report.cashRefunds, sums.cashRefunds);
        QCOMPARE(report.cardSales, sums.cardSales);
        QCOMPARE(report.cashIn, sums.cashIn);
        QCOMPARE(report.paidOuts, sums.paidOuts);
        QCOMPARE(report.bankDrops, sums.bankDrops);
        QCOMPARE(report.voids, sums.voids);
        QCOMPARE(report.noSales, sums.noSales);
        QCOMPARE(report.roundingMinor, sums.rounding);
        QCOMPARE(report.expectedCashMinor, sums.expected());
    }

private Q_SLOTS:
    void figuresMatchTheEventRows()
    {
        test::TillFixture f;
        f.db().addBook(kPride, QStringLiteral("Pride and Prejudice"), 899);
        f.db().addBook(kMoby, QStringLiteral("Moby-Dick"), 1250);
        const Shift shift = f.openShift(10000);
        QSet<qint64> orders;
        const auto sell = [&](const Actor &clerk, QList<OrderLineRequest> lines) {
            auto order = f.flow().createOrder(lines, clerk);
            if (!order)
                qFatal("createOrder: %s", qPrintable(order.error().message));
            orders.insert(order->id);
            return *order;
        };
        const auto cash = [&](const Actor &clerk, qint64 orderId, qint64 handed) {
            auto paid = f.tenders().payCash(
                {orderId, TenderService::newTenderKey(), f.money(handed)}, clerk);
            if (!paid)
                qFatal("payCash: %s", qPrintable(paid.error().message));
            return *paid;
        };

        // alex: cash with change; sam: split, cash and card; alex: a void.
        const Order a = sell(f.clerk, {{kPride, 2}, {kMoby, 1}});
        const auto aCash = cash(f.clerk, a.id, 5000);
        const Order b = sell(f.otherClerk, {{kMoby, 2}});
        cash(f.otherClerk, b.id, 1000);
        auto card = f.flow().startPayment(b.id, f.otherClerk);
        QVERIFY(card.ok());
        QVERIFY(f.flow().confirmPaymentPaid(card->id, Actor::system(QStringLiteral("gw"))).ok());
        const Order c = sell(f.clerk, {{kPride, 1}});
        QVERIFY(f.flow().cancelOrder(c.id, QStringLiteral("changed mind"), f.clerk).ok());
        // A card attempt that failed is no sale.
        const Order d = sell(f.clerk, {{kPride, 1}});
        auto declined = f.flow().startPayment(d.id, f.clerk);
        QVERIFY(declined.ok());
        QVERIFY(f.flow()
                    .recordPaymentFailed(declined->id, QStringLiteral("declined"),
                                         Actor::system(QStringLiteral("gw")))
                    .ok());
        cash(f.clerk, d.id, 2000);
        // The drawer outside sales.
        QVERIFY(f.shifts().openWithoutSale(QStringLiteral("change"), f.manager).ok());
        QVERIFY(f.shifts().addCash(f.money(2000), QStringLiteral("coins"), f.clerk).ok());
        QVERIFY(f.shifts()
                    .takeCash(ShiftService::CashOut::PaidOut, f.money(500),
                              QStringLiteral("stamps"), f.manager)
                    .ok());
        QVERIFY(f.shifts()
                    .takeCash(ShiftService::CashOut::BankDrop, f.money(5000),
                              QStringLiteral("bank"), f.manager)
                    .ok());
        // a's cash goes back.
        QVERIFY(f.tenders().refundCash(aCash.tender.id, QStringLiteral("gift"), f.manager).ok());

        // Another terminal's shift does not count here.
        ShiftService other(f.flow(), QStringLiteral("counter-2"), false, {});
        TenderService otherTenders(f.flow(), other);
        QVERIFY(other.openShift(f.money(3000), f.otherClerk).ok());
        auto elsewhere = f.flow().createOrder({{kPride, 1}}, f.otherClerk);
        QVERIFY(elsewhere.ok());
        QVERIFY(
            otherTenders
                .payCash({elsewhere->id, TenderService::newTenderKey(), f.money(899)}, f.otherClerk)
                .ok());
        QCOMPARE(other.xReport()->cashSales, (ShiftReport::Figure{1, 899}));

        auto x = f.shifts().xReport();
        QVERIFY(x.ok());
        const EventSums sums = sumEvents(f.database(), shift.id, orders);
        compareWithEvents(*x, sums);
        // And the figures themselves, worked out by hand for this sale mix.
        QCOMPARE(x->cashSales.count, 3);
        QCOMPARE(x->cashSales.minor, 3048 + 1000 + 899);
        QCOMPARE(x->cardSales.minor, 2500 - 1000);
        QCOMPARE(x->cashRefunds.minor, 3048);
        QCOMPARE(x->voids, (ShiftReport::Figure{1, 899}));
        QCOMPARE(x->expectedCashMinor, 10000 + 4947 - 3048 + 2000 - 500 - 5000);
        QCOMPARE(x->zNumber, 0);
        QVERIFY(!x->closed);
        QCOMPARE(x->byClerk.size(), 2);
        QCOMPARE(x->byClerk.at(0).name, QStringLiteral("alex"));
        QCOMPARE(x->byClerk.at(0).orders, 2); // a (refunded) and d
        QCOMPARE(x->byClerk.at(0).salesMinor, 3048 + 899);
        QCOMPARE(x->byClerk.at(1).name, QStringLiteral("sam"));
        QCOMPARE(x->byClerk.at(1).salesMinor, 2500);

        // Z: 85.50 counted against 83.99 expected.
        const QMap<qint64, int> count{{5000, 1}, {2000, 1}, {1000, 1}, {500, 1}, {50, 1}};
        const qint64 counted = 8550;
        auto z = f.shifts().closeShift(count, f.clerk);
        QVERIFY2(z.ok(), z.ok() ? "" : qPrintable(z.error().message));
        compareWithEvents(*z, sums);
        QCOMPARE(z->zNumber, 1);
        QCOMPARE(*z->countedMinor, counted);
        QCOMPARE(*z->differenceMinor, counted - sums.expected());
        auto events = EventLog(f.database()).forAggregate(AggregateType::Shift, shift.id);
        QVERIFY(events.ok());
        const QJsonObject closed = events->constLast().payload;
        QCOMPARE(closed.value(u"differenceMinor").toInteger(), counted - sums.expected());
        QCOMPARE(closed.value(u"countedMinor").toInteger(), counted);

        // The stored Z report and a report read back later say the same.
        const QString csv
            = f.scalar(QStringLiteral("SELECT csv FROM z_reports WHERE shift_id = ?"), {shift.id})
                  .toString();
        QCOMPARE(csv, z->toCsv());
        QVERIFY(csv.startsWith(QStringLiteral("section,item,count,amount\nreport,Z,1,\n")));
        QVERIFY2(csv.contains(QStringLiteral("sales,cash,3,49.47\n")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("sales,card,1,15.00\n")));
        QVERIFY(csv.contains(QStringLiteral("refunds,cash,1,30.48\n")));
        QVERIFY(csv.contains(QStringLiteral("drawer,no sale,1,0.00\n")));
        QVERIFY(csv.contains(QStringLiteral("clerk,sam,1,25.00\n")));
        auto again = f.shifts().report(shift.id);
        QVERIFY(again.ok());
        QCOMPARE(again->zNumber, 1);
        QCOMPARE(*again->differenceMinor, *z->differenceMinor);
        compareWithEvents(*again, sums);
    }
};

QTEST_GUILESS_MAIN(ShiftReportTest)
#include "ShiftReportTest.moc"
