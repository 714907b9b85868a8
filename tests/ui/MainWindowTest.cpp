#include "shell/MainWindow.h"

#include "CartModel.h"
#include "CatalogModel.h"
#include "EventLogModel.h"
#include "PageScript.h"
#include "TerminalModels.h"
#include "TestPrinters.h"
#include "WindowStoreRig.h"
#include "auth/Authentication.h"
#include "auth/LoginPage.h"
#include "catalog/CartPage.h"
#include "catalog/CatalogImportDialog.h"
#include "catalog/CatalogPage.h"
#include "checkout/CheckoutPage.h"
#include "checkout/ReceiptSettings.h"
#include "flows/PurchaseFlow.h"
#include "persistence/Database.h"
#include "persistence/PaymentRepository.h"
#include "refunds/RefundPage.h"
#include "shell/CounterApp.h"
#include "shift/DailyOverviewDialog.h"
#include "shift/ShiftReportDialog.h"
#include "till/ShiftService.h"
#include "web/PaymentWebView.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QWebEnginePage>
#include <memory>

using namespace quire;

namespace {

const QString kGoodCard = QStringLiteral("4242424242424242");
const QString kDeclinedCard = QStringLiteral("4000000000000002");
// Short enough for the timeout screen to come within the test, long
// enough for every other attempt to finish on a loaded machine.
constexpr int kPaymentTimeoutSeconds = 20;

} // namespace

// Protects: the counter as a clerk uses it, end to end in the real window:
// sign in with a PIN, scan a book, confirm, pay on the gateway's hosted page
// (the real simulator process, its signed callback), see the paid screen,
// start a new sale; and that signing out hides everything behind the sign-in.
class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    test::WindowStoreRig m_store{QStringLiteral("counter-test")};
    std::unique_ptr<CounterApp> m_app;
    MainWindow *m_window = nullptr;
    MainWindowParts m_parts; // the app's screens

    // scripts/screenshots.sh sets QUIRE_SCREENSHOT_DIR to refresh docs/screenshots.
    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    template<typename T>
    T *find(const QString &name)
    {
        return m_window->findChild<T *>(name);
    }
    void signIn(const QString &user, const QString &pin)
    {
        auto *identifier = find<QLineEdit>(QStringLiteral("identifierEdit"));
        QVERIFY(identifier);
        identifier->clear();
        QTest::keyClicks(identifier, user);
        auto *pinEdit = m_parts.login->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
        QVERIFY(pinEdit);
        QTest::keyClicks(pinEdit, pin);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("signInButton")), Qt::LeftButton);
    }

    QVariant evaluate(const QString &script)
    {
        return test::runScript(m_parts.checkout->webView()->page(), script).value_or(QVariant());
    }
    // Scan a book, confirm the cart and the order; true once the hosted page
    // of the new attempt shows its card field.
    bool startSaleToHostedPage()
    {
        auto *scan = find<QLineEdit>(QStringLiteral("scanField"));
        scan->setFocus();
        QTest::keyClicks(scan, QStringLiteral("9780141439518"));
        QTest::keyClick(scan, Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return m_app->models().cart().rowCount() == 1; }, 5000))
            return false;
        QTest::mouseClick(m_parts.cart->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        if (!QTest::qWaitFor(
                [&] {
                    return m_parts.checkout->screen() == CheckoutPage::Screen::Confirm
                           && m_window->currentPage() == MainWindow::Page::Checkout;
                },
                5000))
            return false;
        QTest::mouseClick(
            m_parts.checkout->findChild<QPushButton *>(QStringLiteral("confirmButton")),
            Qt::LeftButton);
        return waitForHostedPage();
    }
    bool waitForHostedPage()
    {
        if (!QTest::qWaitFor(
                [&] { return m_parts.checkout->screen() == CheckoutPage::Screen::PaymentPage; },
                20000))
            return false;
        return QTest::qWaitFor(
            [&] {
                return evaluate(QStringLiteral("location.pathname.startsWith('/pay/') && "
                                               "document.readyState === 'complete' && "
                                               "!!document.getElementById('card_number')"))
                    .toBool();
            },
            20000);
    }
    // Types the card and submits the form. Under load the hosted page was
    // sometimes replaced by a second load of the same URL right after the
    // first one finished, dropping the submission with it: submit again
    // while the same attempt's page still shows, as a customer would press
    // Pay again (the simulator refuses to pay a session twice).
    void payWith(const QString &card)
    {
        submitOnPage(QStringLiteral("document.getElementById('card_number').value = '%1';"
                                    "document.getElementById('pay').form.submit(); true")
                         .arg(card));
    }
    void cancelOnPage()
    {
        submitOnPage(
            QStringLiteral("document.querySelector('button[value=cancel]').click(); true"));
    }
    void submitOnPage(const QString &script)
    {
        const qint64 attempt = m_parts.checkout->paymentId();
        for (int tries = 0; tries < 5; ++tries) {
            evaluate(script);
            const bool left = QTest::qWaitFor(
                [&] {
                    return m_parts.checkout->screen() != CheckoutPage::Screen::PaymentPage
                           || m_parts.checkout->paymentId() != attempt;
                },
                4000);
            if (left)
                return;
        }
    }
    QString status(const QString &table, qint64 id)
    {
        auto query = m_store.core().database().exec(
            QStringLiteral("SELECT status FROM %1 WHERE id = ?").arg(table), {id});
        return query.ok() && query.value().next() ? query.value().value(0).toString() : QString();
    }
    QPushButton *checkoutButton(const QString &name)
    {
        // The outcome screen's buttons; the confirm screen has its own.
        const auto buttons = m_parts.checkout->findChildren<QPushButton *>(name);
        for (QPushButton *button : buttons) {
            if (button->isVisible())
                return button;
        }
        return buttons.isEmpty() ? nullptr : buttons.constFirst();
    }
    void finishSale()
    {
        QPushButton *done = checkoutButton(QStringLiteral("doneButton"));
        QVERIFY(done);
        QTRY_VERIFY(done->isVisible() && done->isEnabled());
        QTest::mouseClick(done, Qt::LeftButton);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);
    }

private Q_SLOTS:
    void initTestCase()
    {
        CoreOptions startOptions;
        startOptions.payments.paymentTimeoutSeconds = kPaymentTimeoutSeconds;
        const auto started = m_store.start(startOptions);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        TerminalServices services = m_store.services();
        services.receipt.storeName = QStringLiteral("Quire Test Books");
        auto app = CounterApp::build(services);
        QVERIFY2(app.ok(), qPrintable(app.ok() ? QString() : app.error().message));
        m_app = std::move(app).value();
        m_parts = m_app->parts();
        m_window = &m_app->window();
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }
    void cleanupTestCase()
    {
        m_window = nullptr;
        m_app.reset();
    }

    void startsAtTheSignInWithNothingElseReachable()
    {
        QCOMPARE(m_window->currentPage(), MainWindow::Page::SignIn);
        screenshot(QStringLiteral("sign-in"));
        QVERIFY(find<QLabel>(QStringLiteral("demoBanner"))->isVisible());
        QVERIFY(!find<QAction>(QStringLiteral("newSaleAction"))->isEnabled());
        find<QAction>(QStringLiteral("activityAction"))->trigger(); // disabled: nothing happens
        QCOMPARE(m_window->currentPage(), MainWindow::Page::SignIn);
    }

    void aWrongPinKeepsTheCounterClosed()
    {
        signIn(QStringLiteral("alex"), QStringLiteral("918273"));
        QCOMPARE(m_window->currentPage(), MainWindow::Page::SignIn);
        QVERIFY(!m_store.auth().session().isSignedIn());
    }

    void aClerkSellsABookFromScanToPaidReceipt()
    {
        signIn(QStringLiteral("alex"), QStringLiteral("314159"));
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);
        QVERIFY(find<QLabel>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("Alex")));
        QVERIFY(!find<QAction>(QStringLiteral("usersAction"))->isVisible()); // clerks only sell

        // A barcode scanner types the EAN-13 and Enter.
        auto *scan = find<QLineEdit>(QStringLiteral("scanField"));
        QTest::keyClicks(scan, QStringLiteral("9780141439518"));
        QTest::keyClick(scan, Qt::Key_Return);
        QTRY_COMPARE(m_app->models().cart().rowCount(), 1);
        screenshot(QStringLiteral("sale"));

        QTest::mouseClick(m_parts.cart->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Checkout);
        QCOMPARE(m_parts.checkout->screen(), CheckoutPage::Screen::Confirm);
        auto *confirm = m_parts.checkout->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_parts.checkout->orderId().has_value(), 5000);
        QTRY_COMPARE(m_app->models().cart().rowCount(), 0); // the order holds the lines now

        // The hosted page loads in the locked-down view; the customer pays.
        PaymentWebView *view = m_parts.checkout->webView();
        QSignalSpy loaded(view, &PaymentWebView::pageLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || view->url().path().startsWith(u"/pay/"),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        screenshot(QStringLiteral("payment-page"));
        view->page()->runJavaScript(QStringLiteral(
            "document.querySelector('input[name=card_number]').value='4242 4242 4242 4242';"
            "document.querySelector('form').submit();"));
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::Paid, 20000);
        const auto payment
            = PaymentRepository(m_store.core().database()).find(m_parts.checkout->paymentId());
        QVERIFY(payment.ok());
        QCOMPARE(payment->status, PaymentStatus::Paid);
        screenshot(QStringLiteral("paid"));

        find<QAction>(QStringLiteral("newSaleAction"))->trigger();
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Checkout); // finish it on its screen
        auto *newSale = m_parts.checkout->findChild<QPushButton *>(QStringLiteral("doneButton"));
        QVERIFY(newSale);
        QTest::mouseClick(newSale, Qt::LeftButton);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);
    }

    void aRefundShowsTheRefundedScreen()
    {
        QVERIFY(startSaleToHostedPage());
        payWith(kGoodCard);
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::Paid, 20000);
        const qint64 paymentId = m_parts.checkout->paymentId();
        // Issuing refunds has its own screens (the refunds work); the
        // checkout shows the refund of the payment on screen when it lands.
        QVERIFY(m_store.core()
                    .flow()
                    .recordPaymentRefunded(paymentId, Actor::system(QStringLiteral("refund-test")))
                    .ok());
        QTRY_COMPARE(m_parts.checkout->screen(), CheckoutPage::Screen::Refunded);
        QCOMPARE(status(QStringLiteral("payments"), paymentId), QStringLiteral("refunded"));
        QCOMPARE(status(QStringLiteral("orders"), *m_parts.checkout->orderId()),
                 QStringLiteral("refunded"));
        screenshot(QStringLiteral("refunded"));
        finishSale();
    }

    void aDeclineThenACancelOnThePageThenCancellingTheOrder()
    {
        QVERIFY(startSaleToHostedPage());
        const qint64 first = m_parts.checkout->paymentId();
        payWith(kDeclinedCard);
        // The hosted page stays (it shows the decline) for another card.
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::Declined,
                                  20000);
        QCOMPARE(status(QStringLiteral("payments"), first), QStringLiteral("failed"));
        screenshot(QStringLiteral("failed"));

        QPushButton *retry = checkoutButton(QStringLiteral("restartPaymentButton"));
        QTRY_VERIFY(retry->isVisible() && retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(waitForHostedPage());
        const qint64 second = m_parts.checkout->paymentId();
        QVERIFY(second != first);
        cancelOnPage();
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::Cancelled,
                                  20000);
        QCOMPARE(status(QStringLiteral("payments"), second), QStringLiteral("cancelled"));
        const qint64 orderId = *m_parts.checkout->orderId();
        QCOMPARE(status(QStringLiteral("orders"), orderId), QStringLiteral("created"));
        screenshot(QStringLiteral("cancelled"));

        QPushButton *cancelOrder = checkoutButton(QStringLiteral("cancelOrderButton"));
        QTRY_VERIFY(cancelOrder->isVisible() && cancelOrder->isEnabled());
        QTest::mouseClick(cancelOrder, Qt::LeftButton);
        QTRY_COMPARE(m_parts.checkout->screen(), CheckoutPage::Screen::TimedOut);
        QCOMPARE(status(QStringLiteral("orders"), orderId), QStringLiteral("cancelled"));
        screenshot(QStringLiteral("order-cancelled"));
        finishSale();
    }

    void anUnpaidAttemptTimesOutAndCancelsTheOrder()
    {
        QVERIFY(startSaleToHostedPage());
        const qint64 attempt = m_parts.checkout->paymentId();
        // The real clock and a short configured timeout.
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::TimedOut,
                                  (kPaymentTimeoutSeconds + 20) * 1000);
        QCOMPARE(status(QStringLiteral("payments"), attempt), QStringLiteral("timeout"));
        QCOMPARE(status(QStringLiteral("orders"), *m_parts.checkout->orderId()),
                 QStringLiteral("cancelled"));
        screenshot(QStringLiteral("timeout"));
        finishSale();
    }

    void signingOutReturnsToTheSignIn()
    {
        find<QAction>(QStringLiteral("signOutAction"))->trigger();
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::SignIn);
        QVERIFY(find<QLabel>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("Not")));
    }

    void aManagerAlsoSeesActivity()
    {
        signIn(QStringLiteral("morgan"), QStringLiteral("271828"));
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);
        find<QAction>(QStringLiteral("activityAction"))->trigger();
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Activity);
        QTRY_VERIFY(m_app->models().activity().rowCount() >= 4); // the sale's events
        screenshot(QStringLiteral("activity"));
    }

    void aManagerImportsACatalogFromTheWindow()
    {
        QVERIFY(m_store.auth().session().may(Permission::ImportCatalog));
        auto *action = find<QAction>(QStringLiteral("importCatalogAction"));
        QVERIFY(action->isVisible());
        // (Ctrl+I itself is CatalogImportDialogTest's: here the window may
        // not be the active one after the earlier pages.)
        action->trigger();
        CatalogImportDialog *dialog = m_parts.catalogImport;
        QTRY_VERIFY(dialog->isVisible());
        auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
        file->clear();
        QTest::keyClicks(file, QFINDTESTDATA("data/catalog-bad-rows.csv"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting() && dialog->lastReport().rowsRead > 0,
                                 20000);
        QVERIFY(dialog->lastReport().committed);
        QCOMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("problemsTable"))->rowCount(), 8);
        // The report names the file: show only its name in the picture.
        file->setText(QStringLiteral("catalog-bad-rows.csv"));
        const QString dir = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/import.png"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
    }

    void lockingTheTillCancelsTheDialogsLeftOpen()
    {
        // A manager walks away with the import screen and its file chooser
        // open: after the idle lock neither may be usable by the next person.
        find<QAction>(QStringLiteral("importCatalogAction"))->trigger();
        CatalogImportDialog *dialog = m_parts.catalogImport;
        QTRY_VERIFY(dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("browseButton")),
                          Qt::LeftButton);
        QFileDialog *chooser = nullptr;
        QTRY_VERIFY((chooser = dialog->findChild<QFileDialog *>()) && chooser->isVisible());
        const QPointer<QFileDialog> guard(chooser);

        m_store.auth().session().lock();
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(!guard || !guard->isVisible());
        QVERIFY(find<QWidget>(QStringLiteral("idleLockOverlay"))->isVisible());

        QVERIFY(m_store.auth().session().unlock(QStringLiteral("271828")).ok());
        QTRY_VERIFY(!find<QWidget>(QStringLiteral("idleLockOverlay"))->isVisible());
        QVERIFY(!dialog->isVisible()); // nothing comes back by itself
        find<QAction>(QStringLiteral("activityAction"))->trigger();
    }

    void aManagerRefundsTheSaleFromTheRefundsScreen()
    {
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Activity);
        QVERIFY(find<QAction>(QStringLiteral("refundsAction"))->isVisible());
        // (Triggered rather than typed: other GUI tests on the same display may
        // hold the active window, and a window shortcut needs it.)
        auto *refunds = find<QAction>(QStringLiteral("refundsAction"));
        QCOMPARE(refunds->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        refunds->trigger();
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Refunds);
        // The receipt of the clerk's sale (order 1) is scanned.
        auto *search = find<QLineEdit>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("1"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(m_parts.refunds->orderId().value_or(0), 1);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("chooseAllButton")), Qt::LeftButton);
        QSignalSpy settled(m_parts.refunds, &RefundPage::refundSettled);
        auto *refund = m_parts.refunds->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QTest::mouseClick(refund, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 20000);
        QVERIFY(settled.constFirst().at(1).toBool());
        screenshot(QStringLiteral("refund"));

        find<QAction>(QStringLiteral("signOutAction"))->trigger();
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::SignIn);
        QVERIFY(!find<QAction>(QStringLiteral("refundsAction"))->isVisible());
        QVERIFY(
            m_parts.refunds->findChild<QTableWidget *>(QStringLiteral("refundsTable"))->rowCount()
            == 0); // the next person does not see this refund
    }

    // Issue 15: the X report from the tool bar at any time while the till
    // is open (nothing recorded), and the manager's daily overview; a clerk
    // has no daily overview.
    void theTillShowsTheXReportAndAManagerTheDailyOverview()
    {
        signIn(QStringLiteral("alex"), QStringLiteral("314159"));
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);
        QVERIFY(find<QAction>(QStringLiteral("xReportAction"))->isVisible());
        QVERIFY(!find<QAction>(QStringLiteral("dailyOverviewAction"))->isVisible());
        ShiftService &shifts = m_store.core().shifts();
        auto opened = shifts.openShift(*Money::fromMinorUnits(10000, QStringLiteral("EUR")),
                                       m_store.auth().session().user()->actor());
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const auto events = [this] {
            auto query
                = m_store.core().database().exec(QStringLiteral("SELECT COUNT(*) FROM events"));
            return query && query.value().next() ? query.value().value(0).toLongLong() : -1;
        };
        const qint64 before = events();
        find<QAction>(QStringLiteral("xReportAction"))->trigger();
        ShiftReportDialog *report = nullptr;
        QTRY_VERIFY((report = m_window->findChild<ShiftReportDialog *>()) && report->isVisible());
        QCOMPARE(report->windowTitle(), QStringLiteral("X report"));
        report->reject();
        QCOMPARE(events(), before);
        QVERIFY(shifts.currentShift()->has_value());
        QVERIFY(shifts.closeShift({{10000, 1}}, m_store.auth().session().user()->actor()).ok());
        find<QAction>(QStringLiteral("signOutAction"))->trigger();
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::SignIn);

        signIn(QStringLiteral("morgan"), QStringLiteral("271828"));
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);
        auto *overviewAction = find<QAction>(QStringLiteral("dailyOverviewAction"));
        QVERIFY(overviewAction->isVisible());
        overviewAction->trigger();
        DailyOverviewDialog *overview = nullptr;
        QTRY_VERIFY((overview = m_window->findChild<DailyOverviewDialog *>())
                    && overview->isVisible());
        QVERIFY(overview->overview().has_value());
        QVERIFY(!overview->overview()->shifts.isEmpty());
        overview->reject();
        find<QAction>(QStringLiteral("signOutAction"))->trigger();
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::SignIn);
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
