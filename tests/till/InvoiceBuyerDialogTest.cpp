#include "checkout/InvoiceBuyerDialog.h"

#include "TillFixture.h"
#include "checkout/Receipt.h"
#include "persistence/AuditLog.h"
#include "services/ReceiptService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace quire;

namespace {

const QString kPride = QStringLiteral("9780141439518"); // 8.99

template<typename R>
QString why(const R &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

// (QTest::keyClicks types ASCII only, hence "Ringstrasse".)
// Protects (issue 16, item 4): a clerk makes a paid order's receipt an
// invoice by entering the business customer's name, address and VAT number;
// the details are stored once with the order, with an event and an audit
// row, so the reprint is the same invoice; a bad VAT number or a missing
// address is refused with the reason and stores nothing; an invoice is not
// readdressed.
class InvoiceBuyerDialogTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TillFixture> m_f;
    test::TillFixture &f() { return *m_f; }

    qint64 paidCashSale()
    {
        auto order = f().flow().createOrder({{kPride, 1}}, f().clerk);
        if (!order)
            qFatal("createOrder: %s", qPrintable(why(order)));
        auto paid = f().tenders().payCash(
            {order->id, TenderService::newTenderKey(), f().money(1000)}, f().clerk);
        if (!paid)
            qFatal("payCash: %s", qPrintable(why(paid)));
        return order->id;
    }

    void fill(InvoiceBuyerDialog &dialog, const QString &name, const QString &address,
              const QString &vat)
    {
        auto *nameEdit = dialog.findChild<QLineEdit *>(QStringLiteral("buyerName"));
        auto *addressEdit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("buyerAddress"));
        auto *vatEdit = dialog.findChild<QLineEdit *>(QStringLiteral("buyerVatNumber"));
        QVERIFY(nameEdit && addressEdit && vatEdit);
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        addressEdit->clear();
        addressEdit->setFocus();
        for (const QString &line : address.split(u'\n')) {
            if (!addressEdit->toPlainText().isEmpty())
                QTest::keyClick(addressEdit, Qt::Key_Return);
            QTest::keyClicks(addressEdit, line);
        }
        vatEdit->clear();
        QTest::keyClicks(vatEdit, vat);
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::TillFixture>();
        f().db().addBook(kPride, QStringLiteral("Pride and Prejudice"), 899);
        f().openShift();
    }

    void theClerkMakesTheReceiptAnInvoice()
    {
        const qint64 orderId = paidCashSale();
        InvoiceBuyerDialog dialog(f().flow(), orderId, f().clerk);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy recorded(&dialog, &InvoiceBuyerDialog::buyerRecorded);
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveInvoiceButton"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("invoiceMessage"));
        QVERIFY(save && message);

        // A VAT number not of its country's form: refused, nothing stored.
        fill(dialog, QStringLiteral("Verlag Weber GmbH"),
             QStringLiteral("Ringstrasse 5\n80331 Munich"), QStringLiteral("DE98765"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(message->text().contains(QStringLiteral("DE98765")), qPrintable(message->text()));
        QCOMPARE(recorded.count(), 0);
        QCOMPARE(f().db().count(QStringLiteral("invoice_buyers")), 0);

        fill(dialog, QStringLiteral("Verlag Weber GmbH"),
             QStringLiteral("Ringstrasse 5\n80331 Munich"), QStringLiteral("de 987 654 321"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(recorded.count(), 1);
        QVERIFY(!dialog.isVisible());

        auto buyer = ReceiptService(f().flow()).invoiceBuyer(orderId);
        QVERIFY2(buyer.ok(), qPrintable(why(buyer)));
        QVERIFY(buyer->has_value());
        QCOMPARE((*buyer)->name, QStringLiteral("Verlag Weber GmbH"));
        QCOMPARE((*buyer)->address,
                 QStringList({QStringLiteral("Ringstrasse 5"), QStringLiteral("80331 Munich")}));
        QCOMPARE((*buyer)->vatNumber, QStringLiteral("DE987654321"));
        QVERIFY(f().eventTypes(AggregateType::Order, orderId)
                    .contains(QStringLiteral("InvoiceBuyerRecorded")));
        auto audit
            = AuditLog(f().database()).forEntity(QStringLiteral("order"), QString::number(orderId));
        QVERIFY(audit.ok());
        bool audited = false;
        for (const AuditEntry &entry : std::as_const(*audit))
            audited |= entry.action == u"InvoiceBuyerRecorded"
                       && entry.actor.userId == f().clerk.userId;
        QVERIFY(audited);

        // The reprint is an invoice with the same number and buyer.
        auto order = f().flow().findOrder(orderId);
        QVERIFY(order.ok());
        Receipt receipt(ReceiptSettings(), *order, Payment());
        receipt.setInvoiceBuyer(*buyer);
        receipt.setNumber(*ReceiptService(f().flow()).saleNumber(orderId));
        QVERIFY(receipt.isInvoice());
        QVERIFY(receipt.html().contains(QStringLiteral("Verlag Weber GmbH")));
        QVERIFY(receipt.html().contains(QStringLiteral("counter-1-000001")));

        // Not readdressed: another buyer is refused, the same one is fine.
        InvoiceBuyer other{QStringLiteral("Someone Else Ltd"), {QStringLiteral("1 Road")}, {}};
        QVERIFY(!ReceiptService(f().flow()).recordInvoiceBuyer(orderId, other, f().clerk).ok());
        QVERIFY(ReceiptService(f().flow()).recordInvoiceBuyer(orderId, **buyer, f().clerk).ok());
        QCOMPARE(f().db().count(QStringLiteral("invoice_buyers")), 1);
    }

    void anOpenOrderHasNoInvoice()
    {
        auto order = f().flow().createOrder({{kPride, 1}}, f().clerk);
        QVERIFY(order.ok());
        InvoiceBuyer buyer{
            QStringLiteral("Verlag Weber GmbH"), {QStringLiteral("Ringstrasse 5")}, {}};
        QVERIFY(!ReceiptService(f().flow()).recordInvoiceBuyer(order->id, buyer, f().clerk).ok());
        buyer.address.clear();
        const qint64 paid = paidCashSale();
        auto refused = ReceiptService(f().flow()).recordInvoiceBuyer(paid, buyer, f().clerk);
        QVERIFY(!refused.ok());
        QCOMPARE(f().db().count(QStringLiteral("invoice_buyers")), 0);
    }
};

QTEST_MAIN(InvoiceBuyerDialogTest)
#include "InvoiceBuyerDialogTest.moc"
