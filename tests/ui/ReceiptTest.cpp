#include "checkout/Receipt.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace quire;

namespace {

Order paidOrder()
{
    Order order;
    order.id = 42;
    order.status = OrderStatus::Paid;
    order.total = *Money::fromMinorUnits(3048, QStringLiteral("EUR"));
    order.createdAt = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
    order.lines = {{1, QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"),
                    *Money::fromMinorUnits(899, QStringLiteral("EUR")), 2},
                   {2, QStringLiteral("9780261103573"), QStringLiteral("The Hobbit <Special>"),
                    *Money::fromMinorUnits(1250, QStringLiteral("EUR")), 1}};
    return order;
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
    return {QStringLiteral("Quire Books & Co"),
            {QStringLiteral("1 Market Street"), QStringLiteral("Springfield")},
            QStringLiteral("{{total}} is not a placeholder here"),
            locale};
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

    void anUnwritablePathIsAnError()
    {
        const Receipt receipt(store(QLocale::c()), paidOrder(), paidAttempt());
        QVERIFY(!receipt.writePdf(QStringLiteral("/nonexistent-dir/receipt.pdf")).ok());
        QVERIFY(!receipt.writePdf(QString()).ok());
    }
};

QTEST_MAIN(ReceiptTest)
#include "ReceiptTest.moc"
