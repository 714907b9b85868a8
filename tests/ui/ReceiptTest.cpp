#include "checkout/Receipt.h"

#include "domain/TaxCalculator.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace quire;

namespace {

Money eur(qint64 cents)
{
    return *Money::fromMinorUnits(cents, QStringLiteral("EUR"));
}

// Two Prides at 7 % and a Hobbit sold at 19 % (as if it were a card), taxed
// as PurchaseFlow taxes them (TaxCalculator, prices including VAT).
Order paidOrder()
{
    Order order;
    order.id = 42;
    order.status = OrderStatus::Paid;
    order.createdAt = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
    order.lines = {{1, QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"),
                    eur(899), 2, TaxCategory::Reduced, TaxRate{7000}},
                   {2, QStringLiteral("9780261103573"), QStringLiteral("The Hobbit <Special>"),
                    eur(1250), 1, TaxCategory::Standard, TaxRate{19000}}};
    QList<TaxedAmount> amounts;
    for (const OrderLine &line : std::as_const(order.lines))
        amounts.append({*line.taxCategory, line.taxRate, *line.lineTotal()});
    order.taxPricing = TaxPricing::Inclusive;
    order.taxTotals = *TaxCalculator::totals(amounts, TaxPricing::Inclusive);
    order.total = *TaxCalculator::grossTotal(order.taxTotals);
    return order;
}

// The text of a PDF, laid out as on the page (one table row a line).
QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return QString();
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(20000))
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The line of `text` matching `pattern`, its words one space apart ("7 %"
// as "7%": whether pdftotext keeps the narrow gap depends on the layout).
QString lineMatching(const QString &text, const QString &pattern)
{
    const QRegularExpression expression(pattern);
    for (const QString &line : text.split(u'\n')) {
        if (expression.match(line).hasMatch())
            return line.simplified().replace(QStringLiteral(" %"), QStringLiteral("%"));
    }
    return QString();
}

Payment paidAttempt()
{
    Payment payment;
    payment.id = 7;
    payment.orderId = 42;
    payment.attempt = 2;
    payment.status = PaymentStatus::Paid;
    payment.amount = *Money::fromMinorUnits(3048, QStringLiteral("EUR"));
    payment.gatewaySessionId = QStringLiteral("cs_test_a1B2c3");
    payment.gatewayPaymentIntent = QStringLiteral("pi_test_x9Y8");
    payment.updatedAt = QDateTime(QDate(2026, 11, 26), QTime(9, 32), Qt::UTC);
    return payment;
}

ReceiptSettings store(const QLocale &locale)
{
    ReceiptSettings settings;
    settings.storeName = QStringLiteral("Quire Books & Co");
    settings.storeAddress = {QStringLiteral("1 Market Street"), QStringLiteral("Springfield")};
    settings.footer = QStringLiteral("{{total}} is not a placeholder here");
    settings.locale = locale;
    return settings;
}

} // namespace

// Protects: the receipt says what the store and the order are (escaped, in
// the locale), names the attempt and the gateway's reference and nothing
// about the card, and really becomes a PDF file.
class ReceiptTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheOrderInTheLocale()
    {
        const Receipt receipt(store(QLocale(QLocale::German, QLocale::Germany)), paidOrder(),
                              paidAttempt());
        const QString html = receipt.html();
        QVERIFY(html.contains(QStringLiteral("Quire Books &amp; Co")));
        QVERIFY(html.contains(QStringLiteral("1 Market Street<br>Springfield")));
        QVERIFY(html.contains(QStringLiteral("The Hobbit &lt;Special&gt;")));
        QVERIFY(html.contains(QStringLiteral("30,48")));
        QVERIFY(html.contains(QStringLiteral("pi_test_x9Y8")));
        QVERIFY(html.contains(QStringLiteral("26.11.26")));
        // A value that looks like a placeholder stays text.
        QVERIFY(html.contains(QStringLiteral("{{total}} is not a placeholder here")));
        QVERIFY(!html.contains(QStringLiteral("{{lines}}")));
        // Card data never: Quire has none, and the template asks for none.
        QVERIFY(!html.contains(QStringLiteral("4242")));
        QVERIFY(!html.contains(QStringLiteral("card"), Qt::CaseInsensitive)
                || html.contains(QStringLiteral("Never add card data")));
        QCOMPARE(receipt.document()->metaInformation(QTextDocument::DocumentTitle),
                 QStringLiteral("Receipt"));
    }

    void becomesAPdf()
    {
        QTemporaryDir dir;
        const Receipt receipt(store(QLocale(QLocale::English, QLocale::Ireland)), paidOrder(),
                              paidAttempt());
        const QString path = dir.filePath(receipt.suggestedFileName());
        QCOMPARE(receipt.suggestedFileName(), QStringLiteral("receipt-order-42.pdf"));
        QVERIFY(receipt.writePdf(path).ok());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 2000);
        QVERIFY(pdf.read(5) == "%PDF-");

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        QProcess process;
        process.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(20000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Receipt")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("€30.48")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Pride and Prejudice")), qPrintable(text));
    }

    // Issue 16: each line's tax letter and the per-rate table, on the
    // receipt and on the refund receipt, checked in the PDF's text.
    void showsTheTaxPerLineAndPerRate()
    {
        QTemporaryDir dir;
        const Receipt receipt(store(QLocale(QLocale::German, QLocale::Germany)), paidOrder(),
                              paidAttempt());
        const QString html = receipt.html();
        QVERIFY(html.contains(QStringLiteral("<td class=\"letter\" align=\"center\">B</td>")));
        QVERIFY(html.contains(QStringLiteral("<td class=\"letter\" align=\"center\">A</td>")));
        const QString path = dir.filePath(receipt.suggestedFileName());
        QVERIFY(receipt.writePdf(path).ok());
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        // Lines: title, quantity, price, total, letter.
        QCOMPARE(lineMatching(text, QStringLiteral("Pride and Prejudice")),
                 QStringLiteral("Pride and Prejudice 2 8,99 € 17,98 € B"));
        QCOMPARE(lineMatching(text, QStringLiteral("Hobbit")),
                 QStringLiteral("The Hobbit <Special> 1 12,50 € 12,50 € A"));
        // The table: letter, rate, net, VAT, gross; the gross add up to the total.
        QVERIFY2(lineMatching(text, QStringLiteral("^\\s*Tax\\s+Rate"))
                     == QStringLiteral("Tax Rate Net VAT Gross"),
                 qPrintable(text));
        QCOMPARE(lineMatching(text, QStringLiteral("^\\s*A\\s+19")),
                 QStringLiteral("A 19% 10,50 € 2,00 € 12,50 €"));
        QCOMPARE(lineMatching(text, QStringLiteral("^\\s*B\\s+7")),
                 QStringLiteral("B 7% 16,80 € 1,18 € 17,98 €"));
        QCOMPARE(lineMatching(text, QStringLiteral("^\\s*Total\\s")),
                 QStringLiteral("Total 30,48 €"));

        // The refund of one Pride: its VAT by the same rule (8.99 * 7 / 107).
        Refund refund;
        refund.id = 5;
        refund.paymentId = 7;
        refund.amount = eur(899);
        refund.status = RefundStatus::Succeeded;
        refund.updatedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        RefundLine line{1,
                        QStringLiteral("9780141439518"),
                        QStringLiteral("Pride and Prejudice"),
                        eur(899),
                        1,
                        eur(899),
                        true,
                        TaxCategory::Reduced,
                        TaxRate{7000},
                        eur(59)};
        const Receipt refundReceipt
            = Receipt::forRefund(store(QLocale(QLocale::German, QLocale::Germany)), paidOrder(),
                                 paidAttempt(), refund, {line});
        const QString refundPath = dir.filePath(refundReceipt.suggestedFileName());
        QVERIFY(refundReceipt.writePdf(refundPath).ok());
        const QString refundText = pdfText(refundPath);
        QCOMPARE(lineMatching(refundText, QStringLiteral("Pride and Prejudice")),
                 QStringLiteral("Pride and Prejudice 1 8,99 € 8,99 € B"));
        QCOMPARE(lineMatching(refundText, QStringLiteral("^\\s*B\\s+7")),
                 QStringLiteral("B 7% 8,40 € 0,59 € 8,99 €"));
        QVERIFY2(lineMatching(refundText, QStringLiteral("^\\s*A\\s+19")).isEmpty(),
                 qPrintable(refundText));
    }

    void salesTaxReceiptsNameIt()
    {
        Order order = paidOrder();
        QList<TaxedAmount> amounts;
        for (const OrderLine &line : std::as_const(order.lines))
            amounts.append({*line.taxCategory, TaxRate{8875}, *line.lineTotal()});
        order.taxPricing = TaxPricing::Exclusive;
        order.taxTotals = *TaxCalculator::totals(amounts, TaxPricing::Exclusive);
        order.total = *TaxCalculator::grossTotal(order.taxTotals);
        const QString html
            = Receipt(store(QLocale(QLocale::English, QLocale::UnitedStates)), order, paidAttempt())
                  .html();
        QVERIFY(html.contains(QStringLiteral("Sales tax")));
        QVERIFY(!html.contains(QStringLiteral("VAT")));
        QVERIFY(
            html.contains(order.total.toString(QLocale(QLocale::English, QLocale::UnitedStates))));
    }

    void ordersWithoutTaxHaveNoTable()
    {
        Order order = paidOrder();
        order.taxPricing.reset();
        order.taxTotals.clear();
        for (OrderLine &line : order.lines)
            line.taxCategory.reset();
        const QString html = Receipt(store(QLocale::c()), order, paidAttempt()).html();
        QVERIFY(!html.contains(QStringLiteral("class=\"taxes\"")));
        QVERIFY(!html.contains(QStringLiteral("\">B</td>")));
    }

    // Issue 15: a sale paid at the till lists its tenders (the cash handed
    // over, the card's part) and the change; one paid in cash only names no
    // card attempt. Checked in the PDF's text.
    void cashAndSplitReceiptsListTheTendersAndTheChange()
    {
        QTemporaryDir dir;
        const QLocale de(QLocale::German, QLocale::Germany);
        CashTender cash;
        cash.id = 3;
        cash.orderId = 42;
        cash.amount = eur(3048);
        cash.rounding = eur(0);
        cash.handed = eur(5000);
        cash.change = eur(1952);
        Receipt cashReceipt(store(de), paidOrder(), Payment());
        cashReceipt.setCashTenders({cash});
        const QString cashPath = dir.filePath(QStringLiteral("cash.pdf"));
        QVERIFY(cashReceipt.writePdf(cashPath).ok());
        const QString text = pdfText(cashPath);
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        QCOMPARE(lineMatching(text, QStringLiteral("^\\s*Total\\s")),
                 QStringLiteral("Total 30,48 €"));
        QCOMPARE(lineMatching(text, QStringLiteral("Cash handed over")),
                 QStringLiteral("Cash handed over 50,00 €"));
        QCOMPARE(lineMatching(text, QStringLiteral("^\\s*Change\\s")),
                 QStringLiteral("Change 19,52 €"));
        QVERIFY2(!text.contains(QStringLiteral("Payment attempt")), qPrintable(text));
        QVERIFY2(lineMatching(text, QStringLiteral("^\\s*Card\\s")).isEmpty(), qPrintable(text));

        // Split: 10 € in cash, the rest (20,48 €) by card; no change.
        CashTender part = cash;
        part.amount = eur(1000);
        part.handed = eur(1000);
        part.change = eur(0);
        Payment card = paidAttempt();
        card.amount = eur(2048);
        Receipt split(store(de), paidOrder(), card);
        split.setCashTenders({part});
        const QString splitPath = dir.filePath(QStringLiteral("split.pdf"));
        QVERIFY(split.writePdf(splitPath).ok());
        const QString splitText = pdfText(splitPath);
        QCOMPARE(lineMatching(splitText, QStringLiteral("Cash handed over")),
                 QStringLiteral("Cash handed over 10,00 €"));
        QCOMPARE(lineMatching(splitText, QStringLiteral("^\\s*Card\\s")),
                 QStringLiteral("Card 20,48 €"));
        QCOMPARE(lineMatching(splitText, QStringLiteral("^\\s*Change\\s")),
                 QStringLiteral("Change 0,00 €"));
        QVERIFY2(splitText.contains(QStringLiteral("pi_test_x9Y8")), qPrintable(splitText));

        // A card sale's receipt is as before: no tenders.
        const QString html = Receipt(store(de), paidOrder(), paidAttempt()).html();
        QVERIFY(!html.contains(QStringLiteral("class=\"tenders\"")));
        QVERIFY(html.contains(QStringLiteral("Payment attempt")));
    }

    void anUnwritablePathIsAnError()
    {
        const Receipt receipt(store(QLocale::c()), paidOrder(), paidAttempt());
        QVERIFY(!receipt.writePdf(QStringLiteral("/nonexistent-dir/receipt.pdf")).ok());
        QVERIFY(!receipt.writePdf(QString()).ok());
    }
};

QTEST_MAIN(ReceiptTest)
#include "ReceiptTest.moc"
