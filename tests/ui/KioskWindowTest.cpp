#include "kiosk/KioskWindow.h"

#include "CartModel.h"
#include "CatalogModel.h"
#include "TerminalModels.h"
#include "WindowStoreRig.h"
#include "auth/Authentication.h"
#include "auth/LoginPage.h"
#include "auth/ManagerOverrideDialog.h"
#include "auth/PinHasher.h"
#include "catalog/CartPage.h"
#include "catalog/CatalogPage.h"
#include "checkout/CheckoutPage.h"
#include "checkout/ReceiptSettings.h"
#include "gateway/CallbackServer.h"
#include "kiosk/AttractScreen.h"
#include "kiosk/DemoPanel.h"
#include "kiosk/KioskIdleMonitor.h"
#include "kiosk/OnScreenKeyboard.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "persistence/OrderRepository.h"
#include "persistence/PaymentRepository.h"
#include "refunds/MyOrdersPage.h"
#include "services/DemoScenarios.h"
#include "shell/KioskApp.h"
#include "web/PaymentWebView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QWebEnginePage>
#include <memory>

using namespace quire;

namespace {

const QString kEmma = QStringLiteral("9780141439587"); // Emma, in stock

} // namespace

// Protects: the self-service kiosk in the real window against the real
// simulator process: attract screen → purchase → attract screen; customers
// signing in with the on-screen keyboard and keypad; the inactivity
// countdown, its "still here" answer, and starting over — with an open
// payment expired on the gateway; leaving only with a manager's PIN; and
// the demo panel forcing the next payment's outcome.
class KioskWindowTest : public QObject
{
    Q_OBJECT

private:
    test::WindowStoreRig m_store{QStringLiteral("kiosk-test")};
    std::unique_ptr<DemoScenarios> m_scenarios;
    CoreOptions m_options; // the store's, with each test's kiosk settings
    std::unique_ptr<KioskApp> m_app;
    KioskWindow *m_window = nullptr;
    KioskParts m_parts; // the app's screens
    QNetworkAccessManager m_network;

    // scripts/screenshots.sh sets QUIRE_SCREENSHOT_DIR to refresh docs/screenshots.
    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    // `auth`: another terminal's sign-in instead of the store's.
    void makeWindow(const KioskSettings &settings, bool withDemoPanel = false,
                    Authentication *auth = nullptr)
    {
        m_window = nullptr;
        m_app.reset();
        m_options = m_store.options();
        m_options.kioskSettings = settings;
        TerminalServices services = m_store.services();
        services.options = &m_options;
        services.scenarios = withDemoPanel ? m_scenarios.get() : nullptr;
        if (auth)
            services.auth = auth;
        auto app = KioskApp::build(services);
        QVERIFY2(app.ok(), qPrintable(app.ok() ? QString() : app.error().message));
        m_app = std::move(app).value();
        m_parts = m_app->parts();
        m_window = &m_app->window();
        m_window->showKiosk();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    template<typename T>
    T *find(const QString &name)
    {
        auto *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }
    void click(QWidget *widget)
    {
        QVERIFY(widget);
        QVERIFY2(widget->isVisible(), qPrintable(widget->objectName()));
        QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    }

    // Attract → "shop without an account" → one book in the cart.
    void startShoppingWithOneBook()
    {
        QCOMPARE(m_window->currentPage(), KioskWindow::Page::Attract);
        click(find<QPushButton>(QStringLiteral("touchToStartButton")));
        QCOMPARE(m_window->currentPage(), KioskWindow::Page::SignIn);
        click(find<QPushButton>(QStringLiteral("guestButton")));
        QCOMPARE(m_window->currentPage(), KioskWindow::Page::Shop);
        // A guest has no orders to look at.
        QVERIFY(!find<QPushButton>(QStringLiteral("myOrdersButton"))->isVisible());
        auto *scan = find<QLineEdit>(QStringLiteral("scanField"));
        QVERIFY(scan);
        QTest::keyClicks(scan, kEmma);
        QTest::keyClick(scan, Qt::Key_Return);
        QTRY_COMPARE(m_app->models().cart().rowCount(), 1);
    }

    // From the cart to the hosted page, loaded in the locked-down view.
    void confirmAndOpenThePaymentPage()
    {
        click(m_parts.cart->findChild<QPushButton *>(QStringLiteral("confirmButton")));
        QTRY_COMPARE(m_window->currentPage(), KioskWindow::Page::Checkout);
        // Listen before confirming: on a quick machine the page loads while
        // the order is still being waited for.
        PaymentWebView *view = m_parts.checkout->webView();
        QSignalSpy loaded(view, &PaymentWebView::pageLoaded);
        click(m_parts.checkout->findChild<QPushButton *>(QStringLiteral("confirmButton")));
        QTRY_VERIFY_WITH_TIMEOUT(m_parts.checkout->orderId().has_value(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::PaymentPage,
                                  10000);
    }

    void payWith(const QString &card)
    {
        m_parts.checkout->webView()->page()->runJavaScript(
            QStringLiteral("document.querySelector('input[name=card_number]').value='%1';"
                           "document.querySelector('form').submit();")
                .arg(card));
    }

    QJsonObject simulatorGet(const QString &path)
    {
        QUrl url = m_store.simulator().baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_store.apiKey());
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(5000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    qint64 auditCount(const QString &where = QStringLiteral("1 = 1"))
    {
        auto rows = m_store.core().database().exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE ") + where);
        if (!rows)
            return -1;
        QSqlQuery &row = rows.value();
        return row.next() ? row.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_store.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_scenarios
            = std::make_unique<DemoScenarios>(m_store.core().flow(), m_store.clock(),
                                              m_store.simulator().baseUrl(), m_store.apiKey());
    }
    void cleanup()
    {
        if (m_window && !m_window->isExitApproved() && m_parts.session->isSignedIn())
            m_parts.session->signOut();
        if (m_app)
            QVERIFY(m_app->models().cart().clear().ok());
        m_window = nullptr;
        m_app.reset();
    }
    void cleanupTestCase()
    {
        m_window = nullptr;
        m_app.reset();
        m_scenarios.reset();
    }

    void startsFullScreenAtTheAttractScreen()
    {
        makeWindow(KioskSettings());
        QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
        QVERIFY(m_window->windowFlags() & Qt::FramelessWindowHint);
        QCOMPARE(m_window->currentPage(), KioskWindow::Page::Attract);
        QVERIFY(find<QLabel>(QStringLiteral("demoBanner"))->isVisible());
        const auto covers = m_window->findChildren<QLabel *>(QStringLiteral("featuredCover"));
        QCOMPARE(covers.size(), AttractScreen::FeaturedCount);
        for (QLabel *cover : covers)
            QVERIFY(!cover->pixmap().isNull());
        // Touch targets: the start button and every language are big enough.
        QVERIFY(find<QPushButton>(QStringLiteral("touchToStartButton"))->height() >= 48);
        for (auto *button : m_window->findChildren<QPushButton *>()) {
            if (button->isVisible())
                QVERIFY2(button->height() >= 48, qPrintable(button->objectName()));
        }
        QSignalSpy language(m_window, &KioskWindow::languageRequested);
        click(find<QPushButton>(QStringLiteral("language_de_DE")));
        QCOMPARE(language.size(), 1);
        QCOMPARE(language.constFirst().constFirst().toString(), QStringLiteral("de_DE"));
        click(find<QPushButton>(QStringLiteral("language_en_GB")));
        QCOMPARE(m_window->currentPage(), KioskWindow::Page::Attract); // a language is no start
        screenshot(QStringLiteral("kiosk-attract"));
    }

    void aGuestBuysABookAndTheAttractScreenReturns()
    {
        makeWindow(KioskSettings());
        startShoppingWithOneBook();
        confirmAndOpenThePaymentPage();
        QVERIFY(!find<OnScreenKeyboard>(QStringLiteral("onScreenKeyboard"))->isVisible());
        if (!qEnvironmentVariableIsEmpty("QUIRE_SCREENSHOT_DIR")) {
            // Only for the picture: wait until the page has been painted.
            const bool painted = QTest::qWaitFor(
                [this] {
                    const QImage image = m_parts.checkout->webView()->grab().toImage();
                    for (int y = 0; y < image.height(); y += 16) {
                        for (int x = 0; x < image.width(); x += 16) {
                            if (image.pixel(x, y) != image.pixel(0, 0))
                                return true;
                        }
                    }
                    return false;
                },
                5000);
            if (!painted)
                qWarning("the payment page was not painted in time for the picture");
            screenshot(QStringLiteral("kiosk-checkout"));
        }
        payWith(QStringLiteral("4242 4242 4242 4242"));
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::Paid, 20000);
        const auto payment
            = PaymentRepository(m_store.core().database()).find(m_parts.checkout->paymentId());
        QVERIFY(payment.ok());
        QCOMPARE(payment->status, PaymentStatus::Paid);
        QCOMPARE(m_app->models().cart().rowCount(), 0);
        // A receipt can be printed, but no file dialog opens at a kiosk.
        QVERIFY(
            m_parts.checkout->findChild<QPushButton *>(QStringLiteral("printButton"))->isVisible());
        QTRY_VERIFY(!m_parts.checkout->findChild<QPushButton *>(QStringLiteral("savePdfButton"))
                         ->isVisible());
        click(m_parts.checkout->findChild<QPushButton *>(QStringLiteral("doneButton")));
        QTRY_COMPARE(m_window->currentPage(), KioskWindow::Page::Attract);
    }

    void aCustomerSignsInWithTheOnScreenKeyboardAndKeypad()
    {
        makeWindow(KioskSettings());
        click(find<QPushButton>(QStringLiteral("touchToStartButton")));
        auto *identifier = find<QLineEdit>(QStringLiteral("identifierEdit"));
        click(identifier); // a touch on the field
        auto *keyboard = find<OnScreenKeyboard>(QStringLiteral("onScreenKeyboard"));
        QTRY_VERIFY(keyboard->isVisible());
        for (QChar character : QStringLiteral("demo@quire.test"))
            click(keyboard->findChild<QPushButton *>(
                QStringLiteral("key_%1").arg(int(character.unicode()))));
        QCOMPARE(identifier->text(), QStringLiteral("demo@quire.test"));
        // The PIN goes in on the keypad, which has its own keys: no keyboard.
        auto *pinEdit = m_parts.login->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
        pinEdit->setFocus();
        QTRY_VERIFY(!keyboard->isVisible());
        for (QChar digit : QStringLiteral("161803"))
            click(m_parts.login->findChild<QPushButton *>(QStringLiteral("key") + digit));
        click(find<QPushButton>(QStringLiteral("signInButton")));
        QTRY_COMPARE(m_window->currentPage(), KioskWindow::Page::Shop);
        QVERIFY(find<QLabel>(QStringLiteral("customerLabel"))
                    ->text()
                    .contains(QStringLiteral("Demo Customer")));
        // A signed-in customer reaches their own orders (and refunds) and comes back.
        auto *myOrders = find<QPushButton>(QStringLiteral("myOrdersButton"));
        QVERIFY(myOrders->height() >= 48);
        click(myOrders);
        QTRY_COMPARE(m_window->currentPage(), KioskWindow::Page::MyOrders);
        QVERIFY(m_parts.myOrders->isVisible());
        QCOMPARE(myOrders->text(), QStringLiteral("Back to shopping"));
        click(myOrders);
        QTRY_COMPARE(m_window->currentPage(), KioskWindow::Page::Shop);
        click(find<QPushButton>(QStringLiteral("startOverButton")));
        QCOMPARE(m_window->currentPage(), KioskWindow::Page::Attract);
        QVERIFY(!m_store.auth().session().isSignedIn());
    }

    void theCountdownAsksAndAnAnswerKeepsTheCart()
    {
        KioskSettings settings;
        settings.idleSeconds = 1;
        settings.countdownSeconds = 30;
        makeWindow(settings);
        startShoppingWithOneBook();
        auto *overlay = find<QWidget>(QStringLiteral("countdownOverlay"));
        QTRY_VERIFY_WITH_TIMEOUT(overlay->isVisible(), 5000);
        QVERIFY(find<QLabel>(QStringLiteral("countdownLabel"))->text().contains(u"30"));
        screenshot(QStringLiteral("kiosk-countdown"));
        click(find<QPushButton>(QStringLiteral("stillHereButton")));
        QVERIFY(!overlay->isVisible());
        QCOMPARE(m_window->currentPage(), KioskWindow::Page::Shop);
        QCOMPARE(m_app->models().cart().rowCount(), 1);
    }

    void nobodyAnsweringStartsOverAndExpiresTheOpenPayment()
    {
        KioskSettings settings;
        settings.idleSeconds = 2;
        settings.paymentIdleSeconds = 5;
        settings.countdownSeconds = 1;
        makeWindow(settings);
        startShoppingWithOneBook();
        confirmAndOpenThePaymentPage();
        const qint64 paymentId = m_parts.checkout->paymentId();
        const qint64 orderId = m_parts.checkout->orderId().value();
        QVERIFY(m_window->idleMonitor().isArmed());

        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), KioskWindow::Page::Attract, 20000);
        QCOMPARE(m_app->models().cart().rowCount(), 0);
        QVERIFY(!m_parts.checkout->orderId().has_value());
        const auto payment = PaymentRepository(m_store.core().database()).find(paymentId);
        QVERIFY(payment.ok());
        QCOMPARE(payment->status, PaymentStatus::Cancelled);
        const auto order = OrderRepository(m_store.core().database()).find(orderId);
        QVERIFY(order.ok());
        QCOMPARE(order->status, OrderStatus::Cancelled);
        // Nobody can pay on that page any more: the gateway expired it.
        const QString sessionId = payment->gatewaySessionId;
        QVERIFY(!sessionId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(simulatorGet(QStringLiteral("/v1/checkout/sessions/") + sessionId)
                                      .value(QStringLiteral("status"))
                                      .toString(),
                                  QStringLiteral("expired"), 10000);
    }

    void aDialogLeftOpenIsClosedWhenTheKioskStartsOver()
    {
        KioskSettings settings;
        settings.idleSeconds = 1;
        settings.countdownSeconds = 1;
        makeWindow(settings);
        startShoppingWithOneBook();
        // Any dialog over the kiosk (the staff PIN prompt is one) that
        // nobody answers must not wait there for the next customer.
        QPointer<QMessageBox> left = new QMessageBox(
            QMessageBox::Question, QStringLiteral("Staff"), QStringLiteral("Left open"),
            QMessageBox::Ok | QMessageBox::Cancel, m_window);
        left->open();
        QTRY_VERIFY(left->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), KioskWindow::Page::Attract, 15000);
        QVERIFY(!left || !left->isVisible());
        QCOMPARE(m_app->models().cart().rowCount(), 0);
        delete left;
    }

    void leavingNeedsAManagersPin()
    {
        makeWindow(KioskSettings());
        // Closing (the window manager, Alt+F4) asks; a wrong PIN keeps the kiosk.
        qint64 audited = auditCount();
        ManagerOverrideDialog::setNextAnswer(
            {false, QStringLiteral("morgan"), QStringLiteral("918273")});
        m_window->close();
        QTRY_VERIFY(auditCount() > audited); // the refused attempt is on record
        QVERIFY(m_window->isVisible());
        QVERIFY(!m_window->isExitApproved());

        // Escape asks too; a clerk's correct PIN is not a manager's.
        audited = auditCount();
        ManagerOverrideDialog::setNextAnswer(
            {false, QStringLiteral("alex"), QStringLiteral("314159")});
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(auditCount() > audited);
        QVERIFY(m_window->isVisible());

        // (Cancelled: a third wrong PIN would make this terminal's prompt
        // wait, see aCustomerAtTheExitPromptCannotLockTheManagerOut.)
        audited = auditCount();
        ManagerOverrideDialog::setNextAnswer({true, {}, {}});
        QTest::keyClick(m_window, Qt::Key_F4, Qt::AltModifier);
        QTRY_VERIFY(auditCount() > audited);
        QVERIFY(m_window->isVisible());

        // The manager's PIN lets the kiosk go.
        QSignalSpy approved(m_window, &KioskWindow::exitApproved);
        ManagerOverrideDialog::setNextAnswer(
            {false, QStringLiteral("morgan"), QStringLiteral("271828")});
        click(find<QPushButton>(QStringLiteral("staffButton")));
        QTRY_COMPARE(approved.size(), 1);
        QVERIFY(!m_window->isVisible());
    }

    // Issue 14.5: before, each wrong PIN at the exit prompt counted against
    // the manager's account, so whoever stood at the kiosk could lock every
    // manager out of every terminal.
    void aCustomerAtTheExitPromptCannotLockTheManagerOut()
    {
        // Its own terminal (and throttle), so the other tests' prompt is not
        // left waiting; same database, same accounts.
        AuthenticationOptions options;
        options.pepperPath = m_store.dir().filePath(QStringLiteral("pepper"));
        options.hashing = PinHasher::minimumParameters();
        options.terminalId = QStringLiteral("kiosk-2");
        auto kiosk = Authentication::create(m_store.core().database(), m_store.clock(), options);
        QVERIFY2(kiosk.ok(), qPrintable(kiosk.ok() ? QString() : kiosk.error().message));
        makeWindow(KioskSettings(), false, kiosk->get());
        for (int i = 0; i < 8; ++i) {
            const qint64 audited = auditCount();
            ManagerOverrideDialog::setNextAnswer(
                {false, QStringLiteral("morgan"), QStringLiteral("%1").arg(100000 + i)});
            click(find<QPushButton>(QStringLiteral("staffButton")));
            QTRY_VERIFY(auditCount() > audited);
        }
        // The prompt waits now: even the right PIN does not let the kiosk go.
        const qint64 audited = auditCount();
        ManagerOverrideDialog::setNextAnswer(
            {false, QStringLiteral("morgan"), QStringLiteral("271828")});
        click(find<QPushButton>(QStringLiteral("staffButton")));
        QTRY_VERIFY(auditCount() > audited);
        QVERIFY(m_window->isVisible());
        QVERIFY(!m_window->isExitApproved());
        QCOMPARE(auditCount(QStringLiteral("action = 'override_denied' AND detail LIKE "
                                           "'%kiosk-2%' AND detail LIKE '%system:kiosk%' AND "
                                           "detail LIKE '%manager morgan%'")),
                 3);
        QCOMPARE(auditCount(QStringLiteral("action = 'override_prompt_throttled' AND detail "
                                           "LIKE '%kiosk-2%'")),
                 6);
        QCOMPARE(auditCount(QStringLiteral("detail LIKE '%271828%' OR detail LIKE '%100000%'")), 0);

        // The manager's account is untouched: they sign in as usual.
        auto rows = m_store.core().database().exec(QStringLiteral(
            "SELECT failed_attempts, locked_until FROM users WHERE username = 'morgan'"));
        QVERIFY(rows.ok());
        QVERIFY(rows.value().next());
        QCOMPARE(rows.value().value(0).toInt(), 0);
        QVERIFY(rows.value().value(1).isNull());
        const auto signedIn
            = m_store.auth().auth().signIn(QStringLiteral("morgan"), QStringLiteral("271828"));
        QVERIFY(signedIn.ok());
        QVERIFY(signedIn->succeeded());
        m_window = nullptr;
        m_app.reset(); // before `kiosk` goes
    }

    void theDemoPanelForcesADeclineForTheNextPaymentOnly()
    {
        makeWindow(KioskSettings(), true);
        click(find<QPushButton>(QStringLiteral("demoPanelButton")));
        auto *panel = find<DemoPanel>(QStringLiteral("demoPanel"));
        QVERIFY(panel->isVisible());
        click(panel->findChild<QPushButton *>(QStringLiteral("scenarioDecline")));
        QTRY_COMPARE(m_scenarios->current(), DemoScenarios::Scenario::Decline);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("currentScenarioLabel"))
                    ->text()
                    .contains(QStringLiteral("declined")));
        QVERIFY(simulatorGet(QStringLiteral("/_sim/faults"))
                    .value(QStringLiteral("force-decline"))
                    .toBool());
        screenshot(QStringLiteral("kiosk-demo-panel"));

        startShoppingWithOneBook();
        confirmAndOpenThePaymentPage();
        payWith(QStringLiteral("4242 4242 4242 4242")); // would pay without the scenario
        // Declined: the page stays for another card.
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::Declined,
                                  20000);
        // Shown once: the next payment is a normal one again.
        QTRY_COMPARE(m_scenarios->current(), DemoScenarios::Scenario::Normal);
        QVERIFY(!simulatorGet(QStringLiteral("/_sim/faults"))
                     .value(QStringLiteral("force-decline"))
                     .toBool());
        m_window->startOver();
    }

    void theDemoPanelForcesACancel()
    {
        makeWindow(KioskSettings(), true);
        click(find<QPushButton>(QStringLiteral("demoPanelButton")));
        auto *panel = find<DemoPanel>(QStringLiteral("demoPanel"));
        click(panel->findChild<QPushButton *>(QStringLiteral("scenarioCancel")));
        QTRY_COMPARE(m_scenarios->current(), DemoScenarios::Scenario::Cancel);
        startShoppingWithOneBook();
        confirmAndOpenThePaymentPage();
        payWith(QStringLiteral("4242 4242 4242 4242"));
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::Cancelled,
                                  20000);
        QTRY_COMPARE(m_scenarios->current(), DemoScenarios::Scenario::Normal);
        m_window->startOver();
    }

    void theDemoPanelForcesATimeout()
    {
        makeWindow(KioskSettings(), true);
        click(find<QPushButton>(QStringLiteral("demoPanelButton")));
        auto *panel = find<DemoPanel>(QStringLiteral("demoPanel"));
        click(panel->findChild<QPushButton *>(QStringLiteral("scenarioTimeout")));
        QTRY_COMPARE(m_scenarios->current(), DemoScenarios::Scenario::Timeout);
        startShoppingWithOneBook();
        confirmAndOpenThePaymentPage();
        payWith(QStringLiteral("4242 4242 4242 4242"));
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::TimedOut,
                                  20000);
        const auto payment
            = PaymentRepository(m_store.core().database()).find(m_parts.checkout->paymentId());
        QVERIFY(payment.ok());
        QCOMPARE(payment->status, PaymentStatus::TimedOut);
        QTRY_COMPARE(m_scenarios->current(), DemoScenarios::Scenario::Normal);
        m_window->startOver();
    }

    void theDemoPanelSendsEveryCallbackTwiceAndTheSaleIsPaidOnce()
    {
        makeWindow(KioskSettings(), true);
        click(find<QPushButton>(QStringLiteral("demoPanelButton")));
        auto *panel = find<DemoPanel>(QStringLiteral("demoPanel"));
        click(panel->findChild<QPushButton *>(QStringLiteral("scenarioDoubleCallback")));
        QTRY_COMPARE(m_scenarios->current(), DemoScenarios::Scenario::DoubleCallback);
        startShoppingWithOneBook();
        confirmAndOpenThePaymentPage();
        QSignalSpy answered(&m_store.core().callbackServer(), &CallbackServer::callbackAnswered);
        payWith(QStringLiteral("4242 4242 4242 4242"));
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::Paid, 20000);
        // The same completed event arrives twice; both are acknowledged...
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() >= 2, 10000);
        for (const QList<QVariant> &answer : std::as_const(answered))
            QCOMPARE(answer.constFirst().toInt(), 200);
        // ...and applied once.
        auto succeeded = m_store.core().database().exec(
            QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'PaymentSucceeded'"
                           " AND aggregate_id = ?"),
            {m_parts.checkout->paymentId()});
        QVERIFY(succeeded.ok());
        QSqlQuery &row = succeeded.value();
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toLongLong(), 1);
        QTRY_COMPARE(m_scenarios->current(), DemoScenarios::Scenario::Normal);
        m_window->startOver();
    }

    void theDemoPanelEmptiesTheStockAfterTheOrder()
    {
        makeWindow(KioskSettings(), true);
        click(find<QPushButton>(QStringLiteral("demoPanelButton")));
        auto *panel = find<DemoPanel>(QStringLiteral("demoPanel"));
        click(panel->findChild<QPushButton *>(QStringLiteral("scenarioOutOfStockAfterPayment")));
        QTRY_COMPARE(m_scenarios->current(), DemoScenarios::Scenario::OutOfStockAfterPayment);
        startShoppingWithOneBook();
        confirmAndOpenThePaymentPage();
        const auto book = BookRepository(m_store.core().database()).find(kEmma);
        QVERIFY(book.ok());
        QCOMPARE(book->stock, 0);
        m_window->startOver();
        QTRY_COMPARE(m_scenarios->current(), DemoScenarios::Scenario::Normal);
        // Put the stock back for the other tests.
        QVERIFY(m_store.core()
                    .database()
                    .exec(QStringLiteral("UPDATE books SET stock = 10 WHERE isbn13 = ?"), {kEmma})
                    .ok());
    }
};

QTEST_MAIN(KioskWindowTest)
#include "KioskWindowTest.moc"
