#include "CheckoutRig.h"
#include "TestPrinters.h"
#include "checkout/CheckoutPage.h"
#include "checkout/OutcomeScreen.h"
#include "flows/RefundSettlement.h"
#include "persistence/RefundRepository.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace quire;
using Screen = CheckoutPage::Screen;

// Protects: a customer whose title was sold elsewhere while they paid is
// told on the outcome screen which titles were not available and that their
// money is being (then has been) returned; a whole order out of stock ends
// on the refunded screen with the same explanation.
class StockShortageOutcomeTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::CheckoutRig> m_rig;

    CheckoutPage &page() { return *m_rig->page; }
    OutcomeScreen *outcome() { return page().findChild<OutcomeScreen *>(); }
    QLabel *unavailableLabel()
    {
        return outcome()->findChild<QLabel *>(QStringLiteral("unavailableLabel"));
    }
    const QString kIsbn = QString::fromLatin1(test::CheckoutRig::kIsbn);
    const QString kOther = QString::fromLatin1(test::CheckoutRig::kOtherIsbn);

    // Confirms the order and, while the customer pays, another till sells
    // the last copies of `soldOut`; then the gateway says paid.
    void payWhile(const QList<OrderLineRequest> &cart, const QString &soldOut)
    {
        QVERIFY(page().showOrderFor(cart).ok());
        QTest::mouseClick(page().findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(page().screen() != Screen::Confirm);
        QVERIFY(m_rig->db.database()
                    .exec(QStringLiteral("UPDATE books SET stock = 0 WHERE isbn13 = ?"), {soldOut})
                    .ok());
        QVERIFY(
            m_rig->flow
                ->confirmPaymentPaid(page().paymentId(), Actor::system(QStringLiteral("callback")))
                .ok());
    }
    void gatewayConfirmsTheRefund()
    {
        auto refunds = RefundRepository(m_rig->db.database()).forPayment(page().paymentId());
        QVERIFY(refunds.ok());
        QCOMPARE(refunds->size(), 1);
        auto applied = m_rig->flow->transact([&](PurchaseSteps &steps) {
            return RefundSettlement::apply(steps, refunds->constFirst(), RefundStatus::Succeeded,
                                           QStringLiteral("re_test_outcome"), QString(),
                                           Actor::system(QStringLiteral("callback")));
        });
        QVERIFY(applied.ok());
    }

private Q_SLOTS:
    void init()
    {
        m_rig = std::make_unique<test::CheckoutRig>();
        QVERIFY(m_rig->isValid());
        page().show();
        page().activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&page()));
    }
    void cleanup() { m_rig.reset(); }

    void aTitleSoldElsewhereIsNamedAndRefunded()
    {
        payWhile({{kIsbn, 2}, {kOther, 1}}, kOther);
        QTRY_COMPARE(page().screen(), Screen::Paid);
        QTRY_VERIFY(unavailableLabel()->isVisible());
        const QString text = outcome()->unavailableText();
        QVERIFY2(text.contains(QStringLiteral("The Hobbit <Special>")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Pride and Prejudice")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("€12.50 for these titles is being returned")),
                 qPrintable(text));
        QVERIFY(outcome()->message().contains(QStringLiteral("Hand over the books")));
        QVERIFY(!unavailableLabel()->accessibleName().isEmpty());

        gatewayConfirmsTheRefund();
        QTRY_VERIFY2(outcome()->unavailableText().contains(
                         QStringLiteral("€12.50 for these titles has been returned")),
                     qPrintable(outcome()->unavailableText()));
        QCOMPARE(page().screen(), Screen::Paid); // the rest of the order is the customer's
    }

    void nothingLeftEndsRefunded()
    {
        payWhile({{kOther, 1}}, kOther);
        QTRY_VERIFY(outcome()->unavailableText().contains(QStringLiteral("being returned")));
        // Nobody is told to hand over books that are not there.
        QVERIFY2(outcome()->message().contains(QStringLiteral("none of the books is left")),
                 qPrintable(outcome()->message()));
        gatewayConfirmsTheRefund();
        QTRY_COMPARE(page().screen(), Screen::Refunded);
        QTRY_VERIFY2(outcome()->unavailableText().contains(QStringLiteral("has been returned")),
                     qPrintable(outcome()->unavailableText()));
        QCOMPARE(m_rig->orderStatus(*page().orderId()), QStringLiteral("refunded"));
    }

    void aPaymentWithEverythingInStockSaysNothing()
    {
        payWhile({{kIsbn, 1}}, kOther);
        QTRY_COMPARE(page().screen(), Screen::Paid);
        QVERIFY(outcome()->unavailableText().isEmpty());
        QVERIFY(!unavailableLabel()->isVisible());
    }
};

QTEST_MAIN(StockShortageOutcomeTest)
#include "StockShortageOutcomeTest.moc"
