#include "checkout/Receipt.h"
#include "domain/TaxCalculator.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

namespace {

Money eur(qint64 cents)
{
    return *Money::fromMinorUnits(cents, QStringLiteral("EUR"));
}

// A book at 7 % and a greeting card at 19 %, taxed as PurchaseFlow taxes
// them (prices including VAT).
Order mixedRateOrder()
{
    Order order;
    order.id = 42;
    order.status = OrderStatus::Paid;
    order.createdAt = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
    order.lines = {{1, QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"),
                    eur(899), 2, TaxCategory::Reduced, TaxRate{7000}},
                   {2, QStringLiteral("2000000000015"), QStringLiteral("Greeting card"), eur(350),
                    1, TaxCategory::Standard, TaxRate{19000}}};
    QList<TaxedAmount> amounts;
    for (const OrderLine &line : std::as_const(order.lines))
        amounts.append({*line.taxCategory, line.taxRate, *line.lineTotal()});
    order.taxPricing = TaxPricing::Inclusive;
    order.taxTotals = *TaxCalculator::totals(amounts, TaxPricing::Inclusive);
    order.total = *TaxCalculator::grossTotal(order.taxTotals); // 21.48
    return order;
}

Payment cardPayment()
{
    Payment payment;
    payment.id = 7;
    payment.orderId = 42;
    payment.attempt = 1;
    payment.status = PaymentStatus::Paid;
    payment.amount = eur(2148);
    payment.gatewayPaymentIntent = QStringLiteral("pi_test_x9Y8");
    payment.updatedAt = QDateTime(QDate(2026, 11, 26), QTime(9, 32), Qt::UTC);
    return payment;
}

ReceiptSettings seller()
{
    ReceiptSettings settings;
    settings.storeName = QStringLiteral("Buchhandlung Seitenweise");
    settings.storeAddress = {QStringLiteral("Hauptstraße 1"), QStringLiteral("10115 Berlin")};
    settings.vatNumber = QStringLiteral("DE123456789");
    settings.taxNumber = QStringLiteral("30/123/45678");
    settings.footer = QStringLiteral("Thank you for reading with us");
    settings.locale = QLocale(QLocale::German, QLocale::Germany);
    return settings;
}

ReceiptNumber number(qint64 n)
{
    return ReceiptNumber{QStringLiteral("counter-1"), n};
}

// The PDF's text, laid out as on the page (pdftotext -layout): its
// non-empty lines, words one space apart ("7 %" as "7%": whether the narrow
// gap survives depends on the layout). Empty without poppler-utils.
QStringList pdfLines(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(20000))
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n')) {
        const QString simple = line.simplified().replace(QStringLiteral(" %"), QStringLiteral("%"));
        if (!simple.isEmpty())
            lines.append(simple);
    }
    return lines;
}

// The date line depends on the machine's time zone: checked by its form.
void compareLines(const QStringList &actual, const QStringList &expected)
{
    const QString shown = actual.join(u'\n');
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (expected.at(i).startsWith(u'^')) {
            QVERIFY2(QRegularExpression(expected.at(i)).match(actual.at(i)).hasMatch(),
                     qPrintable(QStringLiteral("line %1: %2\n%3").arg(i).arg(actual.at(i), shown)));
            continue;
        }
        QVERIFY2(actual.at(i) == expected.at(i),
                 qPrintable(QStringLiteral("line %1: '%2', expected '%3'\n%4")
                                .arg(i)
                                .arg(actual.at(i), expected.at(i), shown)));
    }
}

// The seller's block every receipt starts with.
const QStringList kSeller{QStringLiteral("Buchhandlung Seitenweise"),
                          QStringLiteral("Hauptstraße 1"), QStringLiteral("10115 Berlin"),
                          QStringLiteral("VAT no. DE123456789"),
                          QStringLiteral("Tax no. 30/123/45678")};
const QString kDate = QStringLiteral("^Date \\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d$");

// The sale's lines and tax table; on the 80 mm roll the long title wraps.
QStringList saleBody(Paper paper)
{
    QStringList lines{QStringLiteral("Title Qty Price Total Tax")};
    if (paper == Paper::Receipt80mm)
        lines << QStringLiteral("Pride and 2 8,99 € 17,98 € B") << QStringLiteral("Prejudice");
    else
        lines << QStringLiteral("Pride and Prejudice 2 8,99 € 17,98 € B");
    lines << QStringLiteral("Greeting card 1 3,50 € 3,50 € A") << QStringLiteral("Total 21,48 €")
          << QStringLiteral("Tax Rate Net VAT Gross")
          << QStringLiteral("A 19% 2,94 € 0,56 € 3,50 €")
          << QStringLiteral("B 7% 16,80 € 1,18 € 17,98 €");
    return lines;
}

} // namespace

// Protects (issue 16, item 4): what a tax office looks for on a receipt,
// read back from the PDF line by line, on an A4 sheet and on an 80 mm roll
// (one document, two papers): the seller's name, address, VAT and tax
// numbers; the receipt number and date; each line's quantity, unit price and
// tax letter; the per-rate net/VAT/gross table; the tenders and change; a
// refund receipt naming the sale's receipt; an invoice naming its buyer.
class ReceiptLayoutTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList linesOf(const Receipt &receipt, Paper paper, const QString &name)
    {
        const QString path = m_dir.filePath(
            name + (paper == Paper::A4 ? QStringLiteral("-a4.pdf") : QStringLiteral("-80mm.pdf")));
        if (!receipt.writePdf(path, paper).ok())
            return {QStringLiteral("(no PDF written)")};
        // scripts/screenshots.sh sets QUIRE_SCREENSHOT_DIR: docs/tax.md's
        // example receipt is the mixed-rate sale on the 80 mm roll.
        if (const QString keep = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
            !keep.isEmpty() && paper == Paper::Receipt80mm && name == u"mixed") {
            QProcess pdftoppm;
            pdftoppm.start(QStringLiteral("pdftoppm"),
                           {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
                            QStringLiteral("-singlefile"), path,
                            keep + QStringLiteral("/receipt-80mm")});
            pdftoppm.waitForFinished(20000);
        }
        return pdfLines(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
    }

    void papers_data()
    {
        QTest::addColumn<Paper>("paper");
        QTest::newRow("A4") << Paper::A4;
        QTest::newRow("80 mm") << Paper::Receipt80mm;
    }

    void mixedRateCardSale_data() { papers_data(); }
    void mixedRateCardSale()
    {
        QFETCH(Paper, paper);
        Receipt receipt(seller(), mixedRateOrder(), cardPayment());
        receipt.setNumber(number(17));
        const QStringList lines = linesOf(receipt, paper, QStringLiteral("mixed"));
        compareLines(lines, kSeller
                                + QStringList{QStringLiteral("Receipt"),
                                              QStringLiteral("Receipt no. counter-1-000017"),
                                              QStringLiteral("Order 42"), kDate,
                                              QStringLiteral("Status Paid")}
                                + saleBody(paper)
                                + QStringList{QStringLiteral("Payment attempt 1"),
                                              QStringLiteral("Payment reference pi_test_x9Y8"),
                                              QStringLiteral("Thank you for reading with us")});
    }

    void cashSaleWithChange_data() { papers_data(); }
    void cashSaleWithChange()
    {
        QFETCH(Paper, paper);
        CashTender cash;
        cash.id = 3;
        cash.orderId = 42;
        cash.amount = eur(2148);
        cash.rounding = eur(0);
        cash.handed = eur(5000);
        cash.change = eur(2852);
        Receipt receipt(seller(), mixedRateOrder(), Payment());
        receipt.setCashTenders({cash});
        receipt.setNumber(number(18));
        const QStringList lines = linesOf(receipt, paper, QStringLiteral("cash"));
        compareLines(lines, kSeller
                                + QStringList{QStringLiteral("Receipt"),
                                              QStringLiteral("Receipt no. counter-1-000018"),
                                              QStringLiteral("Order 42"), kDate,
                                              QStringLiteral("Status Paid")}
                                + saleBody(paper)
                                + QStringList{QStringLiteral("Cash handed over 50,00 €"),
                                              QStringLiteral("Change 28,52 €"),
                                              QStringLiteral("Thank you for reading with us")});
    }

    void refundReceiptNamesTheSale_data() { papers_data(); }
    void refundReceiptNamesTheSale()
    {
        QFETCH(Paper, paper);
        Refund refund;
        refund.id = 5;
        refund.paymentId = 7;
        refund.amount = eur(350);
        refund.status = RefundStatus::Succeeded;
        refund.gatewayRefundId = QStringLiteral("re_test_1");
        refund.updatedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        RefundLine line{2,
                        QStringLiteral("2000000000015"),
                        QStringLiteral("Greeting card"),
                        eur(350),
                        1,
                        eur(350),
                        false,
                        TaxCategory::Standard,
                        TaxRate{19000},
                        eur(56)};
        Receipt receipt
            = Receipt::forRefund(seller(), mixedRateOrder(), cardPayment(), refund, {line});
        receipt.setNumber(number(19));
        receipt.setOriginalNumber(number(17));
        const QStringList lines = linesOf(receipt, paper, QStringLiteral("refund"));
        compareLines(lines, kSeller
                                + QStringList{QStringLiteral("Refund receipt"),
                                              QStringLiteral("Receipt no. counter-1-000019"),
                                              QStringLiteral("Refund of receipt counter-1-000017"),
                                              QStringLiteral("Order 42"), kDate,
                                              QStringLiteral("Status Refunded"),
                                              QStringLiteral("Title Qty Price Total Tax"),
                                              QStringLiteral("Greeting card 1 3,50 € 3,50 € A"),
                                              QStringLiteral("Refunded to the card 3,50 €"),
                                              QStringLiteral("Tax Rate Net VAT Gross"),
                                              QStringLiteral("A 19% 2,94 € 0,56 € 3,50 €"),
                                              QStringLiteral("Refund 5"),
                                              QStringLiteral("Payment reference re_test_1"),
                                              QStringLiteral("Thank you for reading with us")});
    }

    void invoiceNamesTheBuyer_data() { papers_data(); }
    void invoiceNamesTheBuyer()
    {
        QFETCH(Paper, paper);
        Receipt receipt(seller(), mixedRateOrder(), cardPayment());
        receipt.setNumber(number(17));
        receipt.setInvoiceBuyer(
            InvoiceBuyer{QStringLiteral("Verlag Müller GmbH"),
                         {QStringLiteral("Ringstraße 5"), QStringLiteral("80331 München")},
                         QStringLiteral("DE987654321")});
        QVERIFY(receipt.isInvoice());
        const QStringList lines = linesOf(receipt, paper, QStringLiteral("invoice"));
        compareLines(lines, kSeller
                                + QStringList{QStringLiteral("Invoice"), QStringLiteral("Bill to"),
                                              QStringLiteral("Verlag Müller GmbH"),
                                              QStringLiteral("Ringstraße 5"),
                                              QStringLiteral("80331 München"),
                                              QStringLiteral("VAT no. DE987654321"),
                                              QStringLiteral("Invoice no. counter-1-000017"),
                                              QStringLiteral("Order 42"), kDate,
                                              QStringLiteral("Status Paid")}
                                + saleBody(paper)
                                + QStringList{QStringLiteral("Payment attempt 1"),
                                              QStringLiteral("Payment reference pi_test_x9Y8"),
                                              QStringLiteral("Thank you for reading with us")});
    }
};

QTEST_MAIN(ReceiptLayoutTest)
#include "ReceiptLayoutTest.moc"
