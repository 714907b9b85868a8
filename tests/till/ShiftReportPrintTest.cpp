#include "TillFixture.h"
#include "persistence/EventLog.h"
#include "shift/ShiftReportDocument.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace quire;

namespace {

const QString kPride = QStringLiteral("9780141439518"); // 8.99
const QString kMoby = QStringLiteral("9780142437247");  // 12.50

QString run(const QString &tool, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty())
        return QString();
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's lines as pdftotext lays them out, each with its words one space
// apart (a non-breaking space counts as a space), blank lines dropped.
QStringList pdfLines(const QString &path)
{
    QStringList lines;
    const QString text
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    for (const QString &line : text.split(u'\n')) {
        // NFKC: the font's ligatures ("ﬀ") are letters again.
        const QString simple = line.normalized(QString::NormalizationForm_KC).simplified();
        if (!simple.isEmpty())
            lines.append(simple);
    }
    return lines;
}

// Page width and height in points (pdfinfo).
QSizeF pageSize(const QString &path)
{
    static const QRegularExpression size(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    const auto match = size.match(run(QStringLiteral("pdfinfo"), {path}));
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

// The shift's figures summed without ShiftReport, from the event rows:
// their payloads for the money, the audit row of each order's creation for
// its clerk. The shift's orders are those linked to it (orders.shift_id).
struct IndependentSums
{
    struct Figure
    {
        int count = 0;
        qint64 minor = 0;
        void add(qint64 amount)
        {
            ++count;
            minor += amount;
        }
    };
    qint64 floatMinor = 0;
    Figure cashSales, cardSales, cashRefunds, cashIn, paidOuts, bankDrops, noSales, voids;
    qint64 rounding = 0;
    qint64 countedMinor = 0;
    int zNumber = 0;
    QMap<QString, Figure> clerks; // orders paid (or later refunded) by who rang them up
    qint64 expected() const
    {
        return floatMinor + cashSales.minor - cashRefunds.minor + cashIn.minor - paidOuts.minor
               - bankDrops.minor;
    }
};

IndependentSums sum(test::TillFixture &f, qint64 shiftId)
{
    IndependentSums sums;
    QSet<qint64> shiftOrders;
    auto linked
        = f.database().exec(QStringLiteral("SELECT id FROM orders WHERE shift_id = ?"), {shiftId});
    while (linked && linked.value().next())
        shiftOrders.insert(linked.value().value(0).toLongLong());
    auto events = EventLog(f.database()).after(0, 100000);
    if (!events)
        qFatal("events: %s", qPrintable(events.error().message));
    QHash<qint64, qint64> orderTotals;
    QSet<qint64> soldOrders;
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
                sums.cashSales.add(minor("amountMinor") + minor("roundingMinor"));
                sums.rounding += minor("roundingMinor");
            }
            break;
        case EventType::CashTenderRefunded:
            if (minor("refundShiftId") == shiftId)
                sums.cashRefunds.add(minor("amountMinor") + minor("roundingMinor"));
            break;
        case EventType::PaymentSucceeded:
            if (shiftOrders.contains(minor("orderId")))
                sums.cardSales.add(minor("amountMinor"));
            break;
        case EventType::CashAdded:
            if (ofShift)
                sums.cashIn.add(minor("amountMinor"));
            break;
        case EventType::CashRemoved:
            if (ofShift)
                (p.value(u"kind").toString() == u"paid_out" ? sums.paidOuts : sums.bankDrops)
                    .add(minor("amountMinor"));
            break;
        case EventType::DrawerOpened:
            if (ofShift && p.value(u"reason").toString() == u"no_sale")
                sums.noSales.add(0);
            break;
        case EventType::OrderCreated:
            orderTotals.insert(event.aggregateId, minor("totalMinor"));
            break;
        case EventType::OrderPaid:
            if (shiftOrders.contains(event.aggregateId))
                soldOrders.insert(event.aggregateId);
            break;
        case EventType::OrderCancelled:
            if (shiftOrders.contains(event.aggregateId))
                sums.voids.add(orderTotals.value(event.aggregateId));
            break;
        case EventType::ShiftClosed:
            if (event.aggregateId == shiftId) {
                sums.zNumber = p.value(u"zNumber").toInt();
                // The count by denomination, as the clerk entered it.
                const QJsonObject count = p.value(u"count").toObject();
                for (auto it = count.begin(); it != count.end(); ++it)
                    sums.countedMinor += it.key().toLongLong() * it.value().toInteger();
            }
            break;
        default:
            break;
        }
    }
    for (qint64 orderId : std::as_const(soldOrders)) {
        auto who = f.database().exec(
            QStringLiteral("SELECT actor_name FROM audit_log WHERE entity_type = 'order'"
                           " AND entity_id = ? AND to_status = 'created'"),
            {QString::number(orderId)});
        if (!who || !who.value().next())
            qFatal("no audit row for order %lld", orderId);
        sums.clerks[who.value().value(0).toString()].add(orderTotals.value(orderId));
    }
    return sums;
}

} // namespace

// Protects: the printed Z report (80 mm receipt and A4 PDF, the one layout
// ShiftReportDocument and DocumentPrinter make) says, line by line, what the
// shift's event rows say: cash and card sales, a cash refund, cash in, a
// paid-out, a no-sale, the float, expected and counted cash and the
// difference, by clerk; on paper of the right size.
class ShiftReportPrintTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QFAIL("pdftotext and pdfinfo (poppler-utils, scripts/bootstrap.sh) are needed");
    }

    void printedZReportSaysWhatTheRowsSay_data()
    {
        QTest::addColumn<int>("paperId");
        QTest::addColumn<qreal>("widthPt");
        QTest::newRow("80 mm receipt") << int(Paper::Receipt80mm) << 80 / 25.4 * 72;
        QTest::newRow("A4") << int(Paper::A4) << 210 / 25.4 * 72;
    }

    void printedZReportSaysWhatTheRowsSay()
    {
        QFETCH(int, paperId);
        const auto paper = Paper(paperId);
        QFETCH(qreal, widthPt);
        const QLocale de(QLocale::German, QLocale::Germany);
        test::TillFixture f;
        f.db().addBook(kPride, QStringLiteral("Pride and Prejudice"), 899);
        f.db().addBook(kMoby, QStringLiteral("Moby-Dick"), 1250);
        const Shift shift = f.openShift(10000);
        const auto cash = [&](const Actor &clerk, QList<OrderLineRequest> lines, qint64 handed) {
            auto order = f.flow().createOrder(lines, clerk);
            if (!order)
                qFatal("createOrder: %s", qPrintable(order.error().message));
            auto paid = f.tenders().payCash(
                {order->id, TenderService::newTenderKey(), f.money(handed)}, clerk);
            if (!paid || !paid->orderPaid)
                qFatal("payCash: %s", paid ? "not paid" : qPrintable(paid.error().message));
            return paid->tender;
        };
        // Two cash sales with change, a card sale, the second cash sale given
        // back, cash in, a paid-out, a no-sale.
        cash(f.clerk, {{kPride, 2}, {kMoby, 1}}, 5000);                 // 30.48
        const CashTender returned = cash(f.clerk, {{kPride, 1}}, 1000); // 8.99
        auto cardOrder = f.flow().createOrder({{kMoby, 2}}, f.otherClerk);
        QVERIFY(cardOrder.ok());
        auto card = f.flow().startPayment(cardOrder->id, f.otherClerk);
        QVERIFY(card.ok());
        QVERIFY(f.flow().confirmPaymentPaid(card->id, Actor::system(QStringLiteral("gw"))).ok());
        QVERIFY(f.tenders().refundCash(returned.id, QStringLiteral("gift"), f.manager).ok());
        QVERIFY(f.shifts().addCash(f.money(2000), QStringLiteral("coins"), f.clerk).ok());
        QVERIFY(f.shifts()
                    .takeCash(ShiftService::CashOut::PaidOut, f.money(500),
                              QStringLiteral("stamps"), f.manager)
                    .ok());
        QVERIFY(f.shifts().openWithoutSale(QStringLiteral("change"), f.manager).ok());
        // Counted 145.00 (100 + 2 x 20 + 5).
        auto z = f.shifts().closeShift({{10000, 1}, {2000, 2}, {500, 1}}, f.clerk);
        QVERIFY2(z.ok(), z.ok() ? "" : qPrintable(z.error().message));

        const IndependentSums sums = sum(f, shift.id);
        // The scripted shift worked out by hand, so that the sums and the
        // report cannot both be wrong alike.
        QCOMPARE(sums.cashSales.minor, 3048 + 899);
        QCOMPARE(sums.cashRefunds.minor, 899);
        QCOMPARE(sums.cardSales.minor, 2500);
        QCOMPARE(sums.countedMinor, 14500);
        QCOMPARE(sums.expected(), 10000 + 3048 + 899 - 899 + 2000 - 500);
        QCOMPARE(sums.zNumber, 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("z.pdf"));
        const ShiftReportDocument document(*z, de);
        QVERIFY(document.writePdf(path, paper).ok());

        // scripts/screenshots.sh sets QUIRE_SCREENSHOT_DIR: the printed strip as a picture.
        if (const QString keep = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
            !keep.isEmpty() && paper == Paper::Receipt80mm)
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
                 QStringLiteral("-singlefile"), path, keep + QStringLiteral("/z-report-80mm")});

        const QSizeF size = pageSize(path);
        QVERIFY2(qAbs(size.width() - widthPt) < 1.0, qPrintable(QString::number(size.width())));
        if (paper == Paper::A4)
            QVERIFY(qAbs(size.height() - 297 / 25.4 * 72) < 1.0);
        else // one strip as long as the report
            QVERIFY2(size.height() > 200 && size.height() < 2000,
                     qPrintable(QString::number(size.height())));

        const auto eur = [&de](qint64 minor) {
            return Money::fromMinorUnits(minor, QStringLiteral("EUR"))->toString(de).simplified();
        };
        using Figure = IndependentSums::Figure;
        const auto line = [&](const QString &label, const Figure &figure) {
            return QStringLiteral("%1 %2 %3").arg(label).arg(figure.count).arg(eur(figure.minor));
        };
        const auto amount = [&](const QString &label, qint64 minor) {
            return QStringLiteral("%1 %2").arg(label, eur(minor));
        };
        QStringList expected{
            QStringLiteral("Z report %1").arg(sums.zNumber),
            QStringLiteral("Terminal counter-1"),
            QStringLiteral("Shift %1").arg(shift.id),
            line(QStringLiteral("Cash sales"), sums.cashSales),
            line(QStringLiteral("Card sales"), sums.cardSales),
            line(QStringLiteral("Cash refunds"), sums.cashRefunds),
            line(QStringLiteral("Card refunds"), {}),
            line(QStringLiteral("Cash in"), sums.cashIn),
            line(QStringLiteral("Paid-outs"), sums.paidOuts),
            line(QStringLiteral("Bank drops"), sums.bankDrops),
            QStringLiteral("No sales %1").arg(sums.noSales.count),
            line(QStringLiteral("Voids"), sums.voids),
            amount(QStringLiteral("Float"), sums.floatMinor),
            amount(QStringLiteral("Cash rounding"), sums.rounding),
            amount(QStringLiteral("Expected cash"), sums.expected()),
            amount(QStringLiteral("Counted cash"), sums.countedMinor),
            amount(QStringLiteral("Difference"), sums.countedMinor - sums.expected()),
        };
        QCOMPARE(sums.clerks.size(), 2);
        for (auto it = sums.clerks.cbegin(); it != sums.clerks.cend(); ++it)
            expected.append(line(it.key(), it.value()));
        // The figures worked out by hand for this shift.
        QCOMPARE(expected.at(3), QStringLiteral("Cash sales 2 39,47 €"));
        QCOMPARE(expected.at(5), QStringLiteral("Cash refunds 1 8,99 €"));
        QCOMPARE(expected.at(10), QStringLiteral("No sales 1"));
        QCOMPARE(expected.at(14), QStringLiteral("Expected cash 145,48 €"));
        QCOMPARE(expected.at(16), QStringLiteral("Difference -0,48 €"));
        QCOMPARE(expected.at(17), QStringLiteral("alex 2 39,47 €"));
        QCOMPARE(expected.at(18), QStringLiteral("sam 1 25,00 €"));

        // Each expected line is a line of the PDF, in this order.
        const QStringList lines = pdfLines(path);
        qsizetype at = 0;
        for (const QString &want : std::as_const(expected)) {
            const qsizetype found = lines.indexOf(want, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing or out of order: \"%1\" in\n%2")
                                                .arg(want, lines.join(u'\n'))));
            at = found + 1;
        }
    }
};

QTEST_MAIN(ShiftReportPrintTest)
#include "ShiftReportPrintTest.moc"
