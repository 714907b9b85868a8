#include "checkout/CheckoutPage.h"

#include "CheckoutRig.h"
#include "TestPrinters.h"
#include "auth/UserRepository.h"
#include "checkout/ConfirmOrderScreen.h"
#include "checkout/OutcomeScreen.h"
#include "checkout/PaymentScreen.h"
#include "checkout/TenderPanel.h"
#include "persistence/PaymentRepository.h"
#include "till/ShiftService.h"
#include "till/TenderService.h"
#include "web/PaymentWebView.h"

#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;
using Screen = CheckoutPage::Screen;

namespace {

char *toString(Screen screen)
{
    return qstrdup(QMetaEnum::fromType<Screen>().valueToKey(int(screen)));
}

// A PDF's text as pdftotext lays it out (poppler-utils, scripts/bootstrap.sh).
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(20000))
        return QString();
    // NFKC: a non-breaking space is a space again.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

} // namespace

namespace QTest {
template<>
char *toString(const Screen &screen)
{
    return ::toString(screen);
}
} // namespace QTest

// Protects: the checkout screens against the real core on a test database
// and the real gateway simulator process: one order per confirmation however
// the clerk presses, the simulator's hosted page in the web view, waiting
// (not paid) after the page returns, and the outcome screen each verdict
// leads to, with what the database holds.
class CheckoutPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::CheckoutRig> m_rig;

    CheckoutPage &page() { return *m_rig->page; }
    template<typename T>
    T *find(const QString &name, QWidget *in = nullptr)
    {
        auto *found = (in ? in : static_cast<QWidget *>(m_rig->page.get()))->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }
    OutcomeScreen *outcome() { return m_rig->page->findChild<OutcomeScreen *>(); }
    QString outcomeHeading()
    {
        return find<QLabel>(QStringLiteral("headingLabel"), outcome())->text();
    }
    QString outcomeMessage()
    {
        return find<QLabel>(QStringLiteral("messageLabel"), outcome())->text();
    }
    QPushButton *outcomeButton(const QString &name) { return find<QPushButton>(name, outcome()); }

    QList<OrderLineRequest> cart() const
    {
        return {{QString::fromLatin1(test::CheckoutRig::kIsbn), 2},
                {QString::fromLatin1(test::CheckoutRig::kOtherIsbn), 1}};
    }

    // Confirm the cart and wait for the hosted page in the web view.
    bool confirmAndWaitForPage()
    {
        if (!page().showOrderFor(cart()).ok())
            return false;
        // Listen before the click: a fast page can load while the click is handled.
        QSignalSpy loaded(page().webView(), &PaymentWebView::pageLoaded);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("confirmButton")), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return page().screen() == Screen::PaymentPage; }, 10000))
            return false;
        if (loaded.isEmpty() && !loaded.wait(30000)) {
            qWarning("the hosted page did not finish loading within 30 s");
            return false;
        }
        if (!loaded.first().at(0).toBool())
            qWarning("the hosted page failed to load");
        return loaded.first().at(0).toBool();
    }
    // The simulator's hosted page: its card field, Pay and Cancel buttons.
    QString sessionOf(qint64 paymentId)
    {
        return PaymentRepository(m_rig->db.database()).find(paymentId)->gatewaySessionId;
    }
    QString sessionStatus(const QString &sessionId)
    {
        return m_rig->sim.get(QStringLiteral("/v1/checkout/sessions/") + sessionId)
            .json()
            .value(u"status")
            .toString();
    }
    void payOnPage(const QString &card = QStringLiteral("4242424242424242"))
    {
        page().webView()->page()->runJavaScript(
            QStringLiteral("document.getElementById('card_number').value = '%1';"
                           "document.getElementById('pay').click();")
                .arg(card));
    }
    void cancelOnPage()
    {
        page().webView()->page()->runJavaScript(
            QStringLiteral("document.querySelector('button[value=cancel]').click();"));
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

    void showsTheOrderToConfirm()
    {
        QVERIFY(page().showOrderFor(cart()).ok());
        QTRY_COMPARE(page().screen(), Screen::Confirm);
        // 2 × €8.99 + €12.50 in en_IE.
        QCOMPARE(
            find<QLabel>(QStringLiteral("totalLabel"), page().findChild<ConfirmOrderScreen *>())
                ->text(),
            QStringLiteral("Total: €30.48"));
        // The VAT in it (docs/tax.md): books at 7 %, 30.48 * 7 / 107 = 1.994.
        auto *tax
            = find<QLabel>(QStringLiteral("taxLabel"), page().findChild<ConfirmOrderScreen *>());
        QVERIFY(tax->isVisible());
        QCOMPARE(tax->text(), QStringLiteral("incl. VAT 7\u00a0%: €1.99"));
        QCOMPARE(m_rig->count(QStringLiteral("orders")), 0); // nothing made yet
        auto *confirm = find<QPushButton>(QStringLiteral("confirmButton"));
        QVERIFY(confirm->isEnabled());
        QVERIFY(confirm->minimumHeight() >= 44);
        QVERIFY(!confirm->accessibleName().isEmpty());
    }

    // docs/tenders.md: with the till open, Confirm shows the tender screen;
    // cash pays there, a split sends only the rest to the card page.
    void withTheTillOpenConfirmTakesCashOrSendsTheRestToTheCard()
    {
        UserRepository::NewUser clerk;
        clerk.username = QStringLiteral("alex");
        clerk.displayName = QStringLiteral("Alex");
        auto inserted
            = UserRepository(m_rig->db.database()).insert(clerk, m_rig->db.clock().nowMs());
        QVERIFY(inserted.ok());
        const Actor actor = Actor::user(inserted->id, clerk.username);
        ShiftService shifts(*m_rig->flow, QStringLiteral("counter-1"), false, {});
        TenderService tenders(*m_rig->flow, shifts);
        page().setTill(tenders, shifts);
        page().setActor(actor);
        QVERIFY(shifts.openShift(*Money::fromMinorUnits(10000, QStringLiteral("EUR")), actor).ok());
        TenderPanel *panel = page().tenderPanel();
        QVERIFY(panel);

        // Cash: a 50 € note for 30.48 €.
        QVERIFY(page().showOrderFor(cart()).ok());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(page().screen(), Screen::Confirm);
        QCOMPARE(m_rig->count(QStringLiteral("payments")), 0);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("quickNote5000"), panel),
                          Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("takeCashButton"), panel),
                          Qt::LeftButton);
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("tenderNewSaleButton"), panel)->isVisible());
        const QString change = find<QLabel>(QStringLiteral("changeLabel"), panel)->text();
        QVERIFY2(change.contains(Money::fromMinorUnits(1952, QStringLiteral("EUR"))->toString()),
                 qPrintable(change));
        const qint64 cashOrder = *page().orderId();
        QCOMPARE(m_rig->orderStatus(cashOrder), QStringLiteral("paid"));
        // Its receipt, from the tender screen: the cash handed over and the change.
        QTemporaryDir out;
        const QString receiptPath = out.filePath(QStringLiteral("cash-receipt.pdf"));
        page().setSavePathPrompt([&](const QString &) { return receiptPath; });
        QSignalSpy receiptSaved(&page(), &CheckoutPage::receiptSaved);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("tenderSaveReceiptButton"), panel),
                          Qt::LeftButton);
        QCOMPARE(receiptSaved.size(), 1);
        QVERIFY(find<QLabel>(QStringLiteral("tenderMessage"), panel)
                    ->text()
                    .contains(QStringLiteral("cash-receipt.pdf")));
        const QString receipt = pdfText(receiptPath).simplified();
        const auto eurText = [](qint64 minor) { // in the rig's receipt locale
            return Money::fromMinorUnits(minor, QStringLiteral("EUR"))
                ->toString(QLocale(QLocale::English, QLocale::Ireland))
                .simplified();
        };
        for (const QString &part : {QStringLiteral("Cash handed over %1").arg(eurText(5000)),
                                    QStringLiteral("Change %1").arg(eurText(1952)),
                                    QStringLiteral("Order %1").arg(cashOrder),
                                    QStringLiteral("Receipt no. counter-1-000001")})
            QVERIFY2(receipt.contains(part), qPrintable(part + u'\n' + receipt));
        QVERIFY2(!receipt.contains(QStringLiteral("Payment attempt")), qPrintable(receipt));
        QSignalSpy finished(&page(), &CheckoutPage::checkoutFinished);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("tenderNewSaleButton"), panel),
                          Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toLongLong(), cashOrder);
        QCOMPARE(m_rig->count(QStringLiteral("payments")), 0);

        // Split: 10 € in cash, the card page for 20.48 €.
        QVERIFY(page().showOrderFor(cart()).ok());
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("confirmButton"))->isEnabled());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_VERIFY(panel->isVisible());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("splitMode"), panel), Qt::LeftButton);
        auto *handed = find<QLineEdit>(QStringLiteral("handedEdit"), panel);
        handed->setFocus();
        QTest::keyClicks(handed, QStringLiteral("10"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("takeCashButton"), panel),
                          Qt::LeftButton);
        const QString rest = Money::fromMinorUnits(2048, QStringLiteral("EUR"))->toString();
        QTRY_VERIFY2(find<QLabel>(QStringLiteral("dueLabel"), panel)->text().contains(rest),
                     qPrintable(find<QLabel>(QStringLiteral("dueLabel"), panel)->text() + u' '
                                + find<QLabel>(QStringLiteral("tenderMessage"), panel)->text()));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("payByCardButton"), panel),
                          Qt::LeftButton);
        QTRY_VERIFY(page().screen() == Screen::PaymentPage);
        // The card is cancelled: the cash stays, Retry shows the tender screen again.
        const qint64 cancelled = page().paymentId();
        QTest::keyClick(find<QPushButton>(QStringLiteral("cancelButton")), Qt::Key_Escape);
        QTRY_COMPARE(page().screen(), Screen::Cancelled);
        QCOMPARE(m_rig->paymentStatus(cancelled), QStringLiteral("cancelled"));
        QCOMPARE(m_rig->count(QStringLiteral("tenders"), QStringLiteral("status = 'paid'")), 2);
        QTest::mouseClick(outcomeButton(QStringLiteral("retryButton")), Qt::LeftButton);
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(page().screen(), Screen::Confirm);
        QVERIFY(find<QLabel>(QStringLiteral("dueLabel"), panel)->text().contains(rest));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("splitMode"), panel), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("payByCardButton"), panel),
                          Qt::LeftButton);
        QTRY_VERIFY(page().screen() == Screen::PaymentPage);
        QVERIFY(page().paymentId() != cancelled);
        const auto attempt = PaymentRepository(m_rig->db.database()).find(page().paymentId());
        QVERIFY(attempt.ok());
        QCOMPARE(attempt->amount.minorUnits(), 2048);
        QCOMPARE(attempt->attempt, 2);
        QCOMPARE(
            m_rig->sim.get(QStringLiteral("/v1/checkout/sessions/") + attempt->gatewaySessionId)
                .json()
                .value(u"amount_total")
                .toInteger(),
            2048);
        QVERIFY(
            m_rig->flow->confirmPaymentPaid(attempt->id, Actor::system(QStringLiteral("callback")))
                .ok());
        QTRY_COMPARE(page().screen(), Screen::Paid);
        QCOMPARE(m_rig->orderStatus(attempt->orderId), QStringLiteral("paid"));
        page().setTill(tenders, shifts); // once only: a second call changes nothing

        // Issue 16: the paid sale's receipt becomes an invoice to a business
        // customer entered on the outcome screen, with the sale's number.
        QTRY_VERIFY(outcomeButton(QStringLiteral("invoiceButton"))->isVisible());
        QTest::mouseClick(outcomeButton(QStringLiteral("invoiceButton")), Qt::LeftButton);
        QDialog *invoice = nullptr;
        QTRY_VERIFY((invoice = page().findChild<QDialog *>(QStringLiteral("invoiceBuyerDialog")))
                    && invoice->isVisible());
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("buyerName"), invoice),
                         QStringLiteral("Verlag Weber GmbH"));
        auto *address = find<QPlainTextEdit>(QStringLiteral("buyerAddress"), invoice);
        QTest::keyClicks(address, QStringLiteral("Ringstrasse 5"));
        QTest::keyClick(address, Qt::Key_Return);
        QTest::keyClicks(address, QStringLiteral("80331 Munich"));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("buyerVatNumber"), invoice),
                         QStringLiteral("DE987654321"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("saveInvoiceButton"), invoice),
                          Qt::LeftButton);
        QTRY_VERIFY(!page().findChild<QDialog *>(QStringLiteral("invoiceBuyerDialog")));
        const QString invoicePath = out.filePath(QStringLiteral("invoice.pdf"));
        page().setSavePathPrompt([&](const QString &) { return invoicePath; });
        QTest::mouseClick(outcomeButton(QStringLiteral("savePdfButton")), Qt::LeftButton);
        const QString invoiceText = pdfText(invoicePath).simplified();
        for (const QString &part :
             {QStringLiteral("Invoice"), QStringLiteral("Bill to Verlag Weber GmbH Ringstrasse 5"),
              QStringLiteral("VAT no. DE987654321"),
              QStringLiteral("Invoice no. counter-1-000002")})
            QVERIFY2(invoiceText.contains(part), qPrintable(part + u'\n' + invoiceText));
        QTest::mouseClick(outcomeButton(QStringLiteral("doneButton")), Qt::LeftButton);
    }

    void anUnknownBookCannotBeConfirmed()
    {
        QVERIFY(!page().showOrderFor({{QStringLiteral("9780000000002"), 1}}).ok());
        QVERIFY(!find<QPushButton>(QStringLiteral("confirmButton"))->isEnabled());
        QVERIFY(find<QLabel>(QStringLiteral("problemLabel"))->isVisible());
    }

    void doubleConfirmationMakesOneOrder()
    {
        QVERIFY(page().showOrderFor(cart()).ok());
        auto *confirm = find<QPushButton>(QStringLiteral("confirmButton"));
        QSignalSpy created(&page(), &CheckoutPage::orderCreated);
        // Enter twice, a double click, another click, Ctrl+Return and F12
        // before the screen has had a chance to change.
        confirm->setFocus();
        QTest::keyClick(confirm, Qt::Key_Return);
        QTest::keyClick(confirm, Qt::Key_Return);
        QTest::mouseDClick(confirm, Qt::LeftButton);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTest::keyClick(confirm, Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(confirm, Qt::Key_F12);
        QTRY_VERIFY(page().screen() == Screen::StartingPayment
                    || page().screen() == Screen::PaymentPage);
        QCOMPARE(created.size(), 1);
        QCOMPARE(m_rig->count(QStringLiteral("orders")), 1);
        QCOMPARE(m_rig->count(QStringLiteral("payments")), 1);
        QCOMPARE(m_rig->count(QStringLiteral("events"), QStringLiteral("type = 'OrderCreated'")),
                 1);
    }

    void thePageShowsAndItsReturnOnlyWaits()
    {
        QVERIFY(confirmAndWaitForPage());
        QCOMPARE(m_rig->sessionsOpened(), 1);
        const auto attempt = PaymentRepository(m_rig->db.database()).find(page().paymentId());
        QVERIFY(attempt.ok());
        QCOMPARE(page().webView()->url().path(),
                 QStringLiteral("/pay/") + attempt->gatewaySessionId);
        QCOMPARE(page().webView()->allowedOrigin(),
                 QStringLiteral("http://127.0.0.1:%1").arg(m_rig->sim.baseUrl().port()));
        payOnPage();
        QTRY_COMPARE_WITH_TIMEOUT(page().screen(), Screen::WaitingForVerdict, 10000);
        auto *status = find<QLabel>(QStringLiteral("waitLabel"));
        QCOMPARE(status->text(), QStringLiteral("Waiting for the payment service…"));
        QVERIFY(!find<QPushButton>(QStringLiteral("cancelButton"))->isEnabled());
        // The return alone decides nothing.
        QCOMPARE(m_rig->paymentStatus(page().paymentId()), QStringLiteral("pending"));
        QCOMPARE(m_rig->orderStatus(*page().orderId()), QStringLiteral("created"));

        // The callback's verdict does (the simulator has no webhook URL here:
        // the test delivers the verdict the callback would).
        QVERIFY(
            m_rig->flow
                ->confirmPaymentPaid(page().paymentId(), Actor::system(QStringLiteral("callback")))
                .ok());
        QTRY_COMPARE(page().screen(), Screen::Paid);
        QCOMPARE(outcomeHeading(), QStringLiteral("Payment received"));
        QVERIFY(outcomeButton(QStringLiteral("printButton"))->isVisible());
        QVERIFY(outcomeButton(QStringLiteral("savePdfButton"))->isVisible());
        QVERIFY(!outcomeButton(QStringLiteral("retryButton"))->isVisible());
        QCOMPARE(find<QLabel>(QStringLiteral("totalLabel"), outcome())->text(),
                 QStringLiteral("Total: €30.48"));
        QCOMPARE(m_rig->orderStatus(*page().orderId()), QStringLiteral("paid"));
        // The page is gone and its origin no longer allowed.
        QVERIFY(page().webView()->allowedOrigin().isEmpty());

        // The receipt: saved as PDF, and printed (to a PDF printer here).
        QTemporaryDir dir;
        QString suggested;
        page().setSavePathPrompt([&](const QString &path) {
            suggested = path;
            return dir.filePath(QStringLiteral("saved.pdf"));
        });
        QSignalSpy saved(&page(), &CheckoutPage::receiptSaved);
        QTest::mouseClick(outcomeButton(QStringLiteral("savePdfButton")), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QVERIFY(suggested.endsWith(QStringLiteral("receipt-order-%1.pdf").arg(*page().orderId())));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("saved.pdf"))).size() > 2000);
        QVERIFY(find<QLabel>(QStringLiteral("noticeLabel"), outcome())
                    ->text()
                    .contains(QStringLiteral("saved.pdf")));
        page().setPrinterPrompt([&](QPrinter *printer) {
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
            return true;
        });
        QTest::mouseClick(outcomeButton(QStringLiteral("printButton")), Qt::LeftButton);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("printed.pdf"))).size() > 2000);
    }

    // A decline keeps the hosted page (another card may pay on it) with the
    // reason shown; Start over makes attempt 2 and closes the old session.
    void aDeclineKeepsThePageAndStartOverMakesAttemptTwo()
    {
        QVERIFY(confirmAndWaitForPage());
        const qint64 first = page().paymentId();
        const QString firstSession = sessionOf(first);
        QVERIFY(m_rig->flow
                    ->recordPaymentFailed(first, QStringLiteral("Your card was declined."),
                                          Actor::system(QStringLiteral("callback")))
                    .ok());
        QTRY_COMPARE(page().screen(), Screen::Declined);
        QVERIFY(find<QLabel>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("Your card was declined.")));
        QCOMPARE(page().webView()->url().path(), QStringLiteral("/pay/") + firstSession);
        QVERIFY(!page().webView()->allowedOrigin().isEmpty());
        QCOMPARE(sessionStatus(firstSession), QStringLiteral("open"));
        QCOMPARE(m_rig->orderStatus(*page().orderId()), QStringLiteral("created"));
        auto *startOver = find<QPushButton>(QStringLiteral("restartPaymentButton"));
        QVERIFY(startOver->isVisible());

        QTest::mouseClick(startOver, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page().screen(), Screen::PaymentPage, 10000);
        QVERIFY(page().paymentId() != first);
        auto second = PaymentRepository(m_rig->db.database()).find(page().paymentId());
        QVERIFY(second.ok());
        QCOMPARE(second->orderId, *page().orderId());
        QCOMPARE(second->attempt, 2);
        QCOMPARE(m_rig->count(QStringLiteral("orders")), 1);
        QCOMPARE(m_rig->sessionsOpened(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(sessionStatus(firstSession), QStringLiteral("expired"), 10000);
        QVERIFY(!find<QPushButton>(QStringLiteral("restartPaymentButton"))->isVisible());
    }

    // Closing the declined page (Cancel) shows Failed, from where Try again
    // still makes a new attempt; the page's session is expired.
    void closingADeclinedPageShowsFailedAndRetryWorks()
    {
        QVERIFY(confirmAndWaitForPage());
        const qint64 first = page().paymentId();
        const QString firstSession = sessionOf(first);
        QVERIFY(m_rig->flow
                    ->recordPaymentFailed(first, QStringLiteral("Your card was declined."),
                                          Actor::system(QStringLiteral("callback")))
                    .ok());
        QTRY_COMPARE(page().screen(), Screen::Declined);
        QTest::keyClick(find<QPushButton>(QStringLiteral("cancelButton")), Qt::Key_Escape);
        QTRY_COMPARE(page().screen(), Screen::Failed);
        QCOMPARE(outcomeHeading(), QStringLiteral("Payment failed"));
        QVERIFY(outcomeMessage().contains(QStringLiteral("Your card was declined.")));
        QVERIFY(page().webView()->allowedOrigin().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(sessionStatus(firstSession), QStringLiteral("expired"), 10000);
        QCOMPARE(m_rig->orderStatus(*page().orderId()), QStringLiteral("created"));
        QTest::mouseClick(outcomeButton(QStringLiteral("retryButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page().screen(), Screen::PaymentPage, 10000);
        QCOMPARE(PaymentRepository(m_rig->db.database()).find(page().paymentId())->attempt, 2);
    }

    // Left idle past its deadline, the declined page goes; the order stays
    // open for the clerk to try again or cancel.
    void anIdleDeclinedPageIsClosedAtItsDeadline()
    {
        QVERIFY(confirmAndWaitForPage());
        const qint64 first = page().paymentId();
        const QString firstSession = sessionOf(first);
        QVERIFY(m_rig->flow
                    ->recordPaymentFailed(first, QStringLiteral("Your card was declined."),
                                          Actor::system(QStringLiteral("callback")))
                    .ok());
        QTRY_COMPARE(page().screen(), Screen::Declined);
        m_rig->db.clock().advanceMs(301'000);
        QTRY_COMPARE_WITH_TIMEOUT(page().screen(), Screen::Failed, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sessionStatus(firstSession), QStringLiteral("expired"), 10000);
        QCOMPARE(m_rig->orderStatus(*page().orderId()), QStringLiteral("created"));
        QVERIFY(outcomeButton(QStringLiteral("retryButton"))->isVisible());
    }

    // Typing on the page restarts the inactivity timeout.
    void activityOnThePageKeepsThePaymentOpen()
    {
        QVERIFY(confirmAndWaitForPage());
        m_rig->db.clock().advanceMs(250'000);
        QWidget *input = page().webView()->focusProxy();
        QVERIFY(input);
        QTest::keyClick(input, Qt::Key_4);
        m_rig->db.clock().advanceMs(100'000); // 350 s since the start, 100 s idle
        QTest::qWait(300);
        QCOMPARE(page().screen(), Screen::PaymentPage);
        QCOMPARE(m_rig->paymentStatus(page().paymentId()), QStringLiteral("pending"));
        m_rig->db.clock().advanceMs(201'000);
        QTRY_COMPARE_WITH_TIMEOUT(page().screen(), Screen::TimedOut, 10000);
        QCOMPARE(m_rig->paymentStatus(page().paymentId()), QStringLiteral("timeout"));
    }

    // A kiosk reset after the page came back from a successful payment must
    // not cancel it: the verdict decides, and a paid sale stays paid.
    void abandoningAfterTheSuccessReturnWaitsForTheVerdict()
    {
        QVERIFY(confirmAndWaitForPage());
        const qint64 paymentId = page().paymentId();
        const qint64 orderId = *page().orderId();
        payOnPage();
        QTRY_COMPARE_WITH_TIMEOUT(page().screen(), Screen::WaitingForVerdict, 10000);
        page().abandon(QStringLiteral("left at the kiosk"));
        QTRY_COMPARE(page().screen(), Screen::Confirm);
        QVERIFY(!page().orderId());
        QCOMPARE(m_rig->paymentStatus(paymentId), QStringLiteral("pending"));
        QCOMPARE(m_rig->orderStatus(orderId), QStringLiteral("created"));
        QVERIFY(
            m_rig->flow->confirmPaymentPaid(paymentId, Actor::system(QStringLiteral("callback")))
                .ok());
        QCOMPARE(m_rig->orderStatus(orderId), QStringLiteral("paid"));
        QTest::qWait(200);
        QCOMPARE(m_rig->orderStatus(orderId), QStringLiteral("paid"));
        QCOMPARE(m_rig->count(QStringLiteral("refunds")), 0);
    }

    // ...and a verdict other than paid then ends the abandoned order.
    void anAbandonedAttemptThatFailsCancelsItsOrder()
    {
        QVERIFY(confirmAndWaitForPage());
        const qint64 paymentId = page().paymentId();
        const qint64 orderId = *page().orderId();
        // The page returned to the success URL, as it does for an async card
        // whose verdict comes later.
        Q_EMIT page().webView()->returnedToSuccess();
        QTRY_COMPARE(page().screen(), Screen::WaitingForVerdict);
        page().abandon(QStringLiteral("left at the kiosk"));
        QCOMPARE(m_rig->paymentStatus(paymentId), QStringLiteral("pending"));
        QVERIFY(m_rig->flow
                    ->recordPaymentFailed(paymentId, QStringLiteral("declined"),
                                          Actor::system(QStringLiteral("callback")))
                    .ok());
        QTRY_COMPARE(m_rig->orderStatus(orderId), QStringLiteral("cancelled"));
    }

    void cancelOnTheScreenCancelsThePaymentAndAllowsARetry()
    {
        QVERIFY(confirmAndWaitForPage());
        const qint64 first = page().paymentId();
        QTest::keyClick(find<QPushButton>(QStringLiteral("cancelButton")), Qt::Key_Escape);
        QTRY_COMPARE(page().screen(), Screen::Cancelled);
        QCOMPARE(outcomeHeading(), QStringLiteral("Payment cancelled"));
        QCOMPARE(m_rig->paymentStatus(first), QStringLiteral("cancelled"));
        QCOMPARE(m_rig->orderStatus(*page().orderId()), QStringLiteral("created"));
        QVERIFY(outcomeButton(QStringLiteral("retryButton"))->isVisible());
        QTest::keyClick(outcomeButton(QStringLiteral("retryButton")), Qt::Key_F12);
        QTRY_COMPARE_WITH_TIMEOUT(page().screen(), Screen::PaymentPage, 10000);
        QCOMPARE(m_rig->paymentStatus(page().paymentId()), QStringLiteral("pending"));
    }

    void cancelOnTheHostedPageCancelsThePayment()
    {
        QVERIFY(confirmAndWaitForPage());
        cancelOnPage();
        QTRY_COMPARE_WITH_TIMEOUT(page().screen(), Screen::Cancelled, 10000);
        QCOMPARE(m_rig->paymentStatus(page().paymentId()), QStringLiteral("cancelled"));
    }

    void theTimeoutCancelsTheOrder()
    {
        QVERIFY(confirmAndWaitForPage());
        // Past the attempt's deadline (by the manual clock) the coordinator
        // expires the session on the simulator and the attempt times out.
        m_rig->db.clock().advanceMs(301'000);
        QTRY_COMPARE_WITH_TIMEOUT(page().screen(), Screen::TimedOut, 10000);
        QCOMPARE(outcomeHeading(), QStringLiteral("Order cancelled"));
        QVERIFY(outcomeMessage().contains(QStringLiteral("not completed in time")));
        QVERIFY(!outcomeButton(QStringLiteral("retryButton"))->isVisible());
        QVERIFY(outcomeButton(QStringLiteral("doneButton"))->isVisible());
        QCOMPARE(m_rig->paymentStatus(page().paymentId()), QStringLiteral("timeout"));
        QCOMPARE(m_rig->orderStatus(*page().orderId()), QStringLiteral("cancelled"));
    }

    void cancellingTheOrderEndsTheCheckout()
    {
        QVERIFY(confirmAndWaitForPage());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_COMPARE(page().screen(), Screen::Cancelled);
        QTest::mouseClick(outcomeButton(QStringLiteral("cancelOrderButton")), Qt::LeftButton);
        QTRY_COMPARE(page().screen(), Screen::TimedOut);
        QCOMPARE(outcomeHeading(), QStringLiteral("Order cancelled"));
        QVERIFY(outcomeMessage().contains(QStringLiteral("cancelled at the counter")));
        QCOMPARE(m_rig->orderStatus(*page().orderId()), QStringLiteral("cancelled"));
        QSignalSpy finished(&page(), &CheckoutPage::checkoutFinished);
        QTest::mouseClick(outcomeButton(QStringLiteral("doneButton")), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QTRY_COMPARE(page().screen(), Screen::Confirm);
        QVERIFY(!page().orderId());
    }

    void aRefundShowsTheRefund()
    {
        QVERIFY(confirmAndWaitForPage());
        const Actor callback = Actor::system(QStringLiteral("callback"));
        QVERIFY(m_rig->flow->confirmPaymentPaid(page().paymentId(), callback).ok());
        QTRY_COMPARE(page().screen(), Screen::Paid);
        QVERIFY(m_rig->flow->recordPaymentRefunded(page().paymentId(), callback).ok());
        QTRY_COMPARE(page().screen(), Screen::Refunded);
        QCOMPARE(outcomeHeading(), QStringLiteral("Payment refunded"));
        QCOMPARE(m_rig->orderStatus(*page().orderId()), QStringLiteral("refunded"));
    }

    void aGatewayThatDoesNotAnswerRetriesThenGivesUp()
    {
        // The simulator fails the first call (500: retryable). The second is
        // refused outright: the clock is set so far back that the session's
        // expires_at is already past by the simulator's clock (400: final).
        const QDateTime realNow = QDateTime::currentDateTimeUtc();
        m_rig->db.clock().setNow(realNow.addSecs(-3 * 3600));
        QVERIFY(m_rig->sim.setFaults({{QStringLiteral("fail-next"), 1}}));
        QVERIFY(page().showOrderFor(cart()).ok());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page().screen(), Screen::GatewayRetrying, 10000);
        const QString waiting = find<QLabel>(QStringLiteral("waitLabel"))->text();
        QVERIFY(waiting.contains(QStringLiteral("Retrying")));
        // The clerk reads what went wrong in words, not the protocol's (status, type, GET).
        QVERIFY2(waiting.contains(QStringLiteral("has a problem of its own")), qPrintable(waiting));
        QVERIFY2(!waiting.contains(QStringLiteral("500")) && !waiting.contains(u"api_error"),
                 qPrintable(waiting));
        QCOMPARE(m_rig->paymentStatus(page().paymentId()), QStringLiteral("pending"));

        m_rig->db.clock().advanceMs(61'000);
        QTRY_COMPARE_WITH_TIMEOUT(page().screen(), Screen::GatewayUnavailable, 10000);
        QCOMPARE(outcomeHeading(), QStringLiteral("Payment service unavailable"));
        QVERIFY(outcomeButton(QStringLiteral("retryButton"))->isVisible());
        QCOMPARE(m_rig->paymentStatus(page().paymentId()), QStringLiteral("failed"));
        QCOMPARE(m_rig->sessionsOpened(), 0);

        // With the clock right again, Retry gets a page.
        m_rig->db.clock().setNow(QDateTime::currentDateTimeUtc());
        QTest::mouseClick(outcomeButton(QStringLiteral("retryButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page().screen(), Screen::PaymentPage, 10000);
        QCOMPARE(m_rig->sessionsOpened(), 1);
    }

    void aStaleVerdictForAnEarlierAttemptIsIgnored()
    {
        QVERIFY(confirmAndWaitForPage());
        const qint64 first = page().paymentId();
        QVERIFY(
            m_rig->flow->recordPaymentCancelled(first, Actor::system(QStringLiteral("t"))).ok());
        QTRY_COMPARE(page().screen(), Screen::Cancelled);
        QTest::mouseClick(outcomeButton(QStringLiteral("retryButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page().screen(), Screen::PaymentPage, 10000);
        // A late event about attempt 1 must not move attempt 2's screen.
        DomainEvent stale;
        stale.type = EventType::PaymentFailed;
        stale.aggregateType = AggregateType::Payment;
        stale.aggregateId = first;
        Q_EMIT m_rig->flow->eventPublished(stale);
        // Then the clerk cancels attempt 2. Had the stale verdict been taken,
        // the screen would sit on "failed", where a cancel leads nowhere.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_COMPARE(page().screen(), Screen::Cancelled);
        QCOMPARE(outcomeHeading(), QStringLiteral("Payment cancelled"));
    }

    void showingAnotherOrderIsRefusedWhileOneIsOpen()
    {
        QVERIFY(confirmAndWaitForPage());
        QVERIFY(!page().showOrderFor(cart()).ok());
        QCOMPARE(page().screen(), Screen::PaymentPage);
    }
};

QTEST_MAIN(CheckoutPageTest)
#include "CheckoutPageTest.moc"
