#include "display/CustomerDisplay.h"

#include "CartModel.h"
#include "SimulatorClient.h"
#include "TerminalModels.h"
#include "TestPrinters.h"
#include "WindowStoreRig.h"
#include "auth/LoginPage.h"
#include "catalog/CartPage.h"
#include "checkout/CheckoutPage.h"
#include "checkout/PaymentScreen.h"
#include "display/CustomerDisplayPlacement.h"
#include "persistence/Database.h"
#include "persistence/PaymentRepository.h"
#include "shell/CounterApp.h"
#include "shell/MainWindow.h"
#include "web/PaymentWebView.h"

#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace quire;
using Screen = CheckoutPage::Screen;
using State = CustomerDisplay::State;

namespace {

const QString kIsbn = QStringLiteral("9780141439518");
const QString kGoodCard = QStringLiteral("4242424242424242");
const QString kDeclinedCard = QStringLiteral("4000000000000002");

} // namespace

namespace QTest {
template<>
char *toString(const Screen &screen)
{
    return qstrdup(QMetaEnum::fromType<Screen>().valueToKey(int(screen)));
}
template<>
char *toString(const State &state)
{
    return qstrdup(QMetaEnum::fromType<State>().valueToKey(int(state)));
}
} // namespace QTest

// Protects: the customer display as the counter builds it (CounterApp) on a
// second screen, against the real simulator: full screen on the screen that
// is not the counter's; the cart's lines and total as the clerk scans; with
// "Customer pays on their phone" a QR code that decodes (zbarimg) to the
// session's own checkout URL while the clerk's screen waits without the
// page; the session paid as a phone would pay it, and both screens then
// showing paid; a decline on the phone, then Start over showing the new
// session's code; and Cancel still ending a phone payment on both screens.
class CustomerDisplayTest : public QObject
{
    Q_OBJECT

private:
    test::WindowStoreRig m_store{QStringLiteral("display-test")};
    std::unique_ptr<CounterApp> m_app;
    MainWindow *m_window = nullptr;
    CustomerDisplay *m_display = nullptr;
    QTemporaryDir m_dir;

    // scripts/screenshots.sh sets QUIRE_SCREENSHOT_DIR to refresh docs/screenshots.
    void screenshot(const QString &name, QWidget *of = nullptr)
    {
        const QString dir = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            (of ? of : m_display)->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }
    template<typename T>
    T *find(const QString &name, QWidget *in)
    {
        return in->findChild<T *>(name);
    }
    CheckoutPage &checkout() { return *m_app->parts().checkout; }
    CartModel &cart() { return m_app->models().cart(); }
    PaymentScreen *paymentScreen() { return checkout().findChild<PaymentScreen *>(); }
    test::SimulatorClient simulator()
    {
        return test::SimulatorClient(m_store.simulator().baseUrl(), m_store.apiKey());
    }
    QString sessionId()
    {
        const auto payment
            = PaymentRepository(m_store.core().database()).find(checkout().paymentId());
        return payment ? payment->gatewaySessionId : QString();
    }
    QString linesCell(int row, int column)
    {
        auto *view = find<QTableView>(QStringLiteral("linesView"), m_display);
        return view->model()->index(row, column).data().toString();
    }
    QString displayText(const QString &label) { return find<QLabel>(label, m_display)->text(); }
    // What zbarimg reads in the QR code as it shows on the display.
    QString decodeShownQr()
    {
        const QString path = m_dir.filePath(QStringLiteral("shown-qr.png"));
        if (!find<QLabel>(QStringLiteral("qrLabel"), m_display)->grab().save(path))
            return QStringLiteral("<cannot save>");
        QProcess zbar;
        zbar.start(QStringLiteral(QUIRE_ZBARIMG),
                   {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sdisable"),
                    QStringLiteral("-Sqrcode.enable"), path});
        if (!zbar.waitForFinished(20000) || zbar.exitCode() != 0)
            return QStringLiteral("<zbarimg read nothing: %1>").arg(zbar.exitCode());
        return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
    }
    void signIn()
    {
        auto *identifier = find<QLineEdit>(QStringLiteral("identifierEdit"), m_window);
        QVERIFY(identifier);
        QTest::keyClicks(identifier, QStringLiteral("alex"));
        // The sign-in page's own PIN field (the idle lock has one too).
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("pinEdit"), m_app->parts().login),
                         QStringLiteral("314159"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("signInButton"), m_window),
                          Qt::LeftButton);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);
    }
    void scan(const QString &isbn)
    {
        auto *field = find<QLineEdit>(QStringLiteral("scanField"), m_window);
        field->setFocus();
        QTest::keyClicks(field, isbn);
        QTest::keyClick(field, Qt::Key_Return);
    }
    // Confirms the cart and the order; empty once the card page's attempt is
    // on the page screen, else which wait failed.
    QString toPaymentPage()
    {
        QTest::mouseClick(
            m_app->parts().cart->findChild<QPushButton *>(QStringLiteral("confirmButton")),
            Qt::LeftButton);
        if (!QTest::qWaitFor(
                [&] {
                    return checkout().screen() == Screen::Confirm
                           && m_window->currentPage() == MainWindow::Page::Checkout;
                },
                5000))
            return QStringLiteral("no confirm screen: page %1, screen %2")
                .arg(int(m_window->currentPage()))
                .arg(int(checkout().screen()));
        QTest::mouseClick(checkout().findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return checkout().screen() == Screen::PaymentPage; }, 20000))
            return QStringLiteral("no payment page: screen %1").arg(int(checkout().screen()));
        return {};
    }
    void toPhone()
    {
        auto *phone = find<QPushButton>(QStringLiteral("phonePaymentButton"), paymentScreen());
        QVERIFY(phone);
        QTRY_VERIFY(phone->isVisible() && phone->isEnabled());
        QTest::mouseClick(phone, Qt::LeftButton);
        QTRY_COMPARE(m_display->state(), State::PayOnPhone);
        // The clerk's screen waits; the card form is not on it.
        QVERIFY(checkout().isPhonePayment());
        QVERIFY(!phone->isVisible());
        auto *stack = find<QStackedWidget>(QStringLiteral("contentStack"), paymentScreen());
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("waitPage"));
        QVERIFY(!checkout().webView()->isVisible());
        QVERIFY(find<QLabel>(QStringLiteral("waitLabel"), paymentScreen())
                    ->text()
                    .contains(QStringLiteral("phone")));
    }
    void finishSale()
    {
        const auto buttons = checkout().findChildren<QPushButton *>(QStringLiteral("doneButton"));
        QPushButton *done = nullptr;
        for (QPushButton *button : buttons) {
            if (button->isVisible())
                done = button;
        }
        QVERIFY(done);
        QTest::mouseClick(done, Qt::LeftButton);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Two screens (tests/CMakeLists.txt runs this test on its own
        // two-screen Xvfb): the counter on the first, the display on the second.
        QVERIFY2(QGuiApplication::screens().size() >= 2,
                 "this test needs a second screen: xvfb-run -s \"-screen 0 1280x800x24 "
                 "-screen 1 800x480x24\"");
        CoreOptions options; // [display] customerScreen = auto, the default
        options.payments.paymentTimeoutSeconds = 120;
        const auto started = m_store.start(options);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        auto app = CounterApp::build(m_store.services());
        QVERIFY2(app.ok(), qPrintable(app.ok() ? QString() : app.error().message));
        m_app = std::move(app).value();
        m_window = &m_app->window();
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_display = m_app->customerDisplay();
        QVERIFY(m_display);
        QVERIFY(QTest::qWaitForWindowExposed(m_display));
    }
    void cleanupTestCase()
    {
        m_display = nullptr;
        m_window = nullptr;
        m_app.reset();
    }

    void opensFullScreenOnTheScreenThatIsNotTheCounters()
    {
        const QList<QScreen *> screens = QGuiApplication::screens();
        QScreen *counter = m_window->screen();
        QScreen *other = screens.at(0) == counter ? screens.at(1) : screens.at(0);
        QVERIFY(m_app->customerDisplayPlacement()->isShown());
        QCOMPARE(m_app->customerDisplayPlacement()->screen(), other);
        QCOMPARE(m_display->screen(), other);
        QVERIFY(m_display->isFullScreen());
        QCOMPARE(m_display->geometry(), other->geometry());
        QCOMPARE(m_display->state(), State::Welcome);
        QVERIFY(displayText(QStringLiteral("welcomeLabel"))
                    .contains(QStringLiteral("Quire Test Books")));
        // The clerk keeps the keyboard.
        QVERIFY(!m_display->isActiveWindow());
    }

    void showsTheCartsLinesAndTotalAsTheClerkScans()
    {
        signIn();
        scan(kIsbn);
        QTRY_COMPARE(cart().rowCount(), 1);
        QTRY_COMPARE(m_display->state(), State::Lines);
        auto *view = find<QTableView>(QStringLiteral("linesView"), m_display);
        QCOMPARE(view->model()->rowCount(), 1);
        const QString title = cart().index(0, CartModel::TitleColumn).data().toString();
        QVERIFY(!title.isEmpty());
        QCOMPARE(linesCell(0, CartModel::TitleColumn), title);
        QCOMPARE(displayText(QStringLiteral("totalLabel")), cart().total()->toString(QLocale()));
        const QString oneCopy = displayText(QStringLiteral("totalLabel"));

        scan(kIsbn); // a second copy
        QTRY_COMPARE(linesCell(0, CartModel::QuantityColumn), QStringLiteral("2"));
        QTRY_COMPARE(displayText(QStringLiteral("totalLabel")),
                     cart().total()->toString(QLocale()));
        QVERIFY(displayText(QStringLiteral("totalLabel")) != oneCopy);
        // The clerk takes one off again: the display follows.
        QVERIFY(cart().setQuantity(0, 1).ok());
        QTRY_COMPARE(displayText(QStringLiteral("totalLabel")), oneCopy);
        screenshot(QStringLiteral("customer-display-lines"));
    }

    void theCustomerPaysOnTheirPhoneAndBothScreensShowPaid()
    {
        const QString total = displayText(QStringLiteral("totalLabel"));
        QCOMPARE(toPaymentPage(), QString());
        // The order holds the lines now; the display shows them and its total.
        QTRY_COMPARE(cart().rowCount(), 0);
        QTRY_COMPARE(m_display->state(), State::Lines);
        QCOMPARE(displayText(QStringLiteral("totalLabel")), total);

        toPhone();
        const QString session = sessionId();
        QVERIFY(!session.isEmpty());
        const auto reply = simulator().get(QStringLiteral("/v1/checkout/sessions/") + session);
        QCOMPARE(reply.status, 200);
        const QString sessionUrl = reply.json().value(QStringLiteral("url")).toString();
        QVERIFY(sessionUrl.contains(session));
        QCOMPARE(m_display->shownPaymentUrl().toString(QUrl::FullyEncoded), sessionUrl);
        QCOMPARE(decodeShownQr(), sessionUrl);
        QVERIFY(displayText(QStringLiteral("scanLabel")).contains(QStringLiteral("Scan to pay")));
        QCOMPARE(displayText(QStringLiteral("phoneAmountLabel")), total);
        screenshot(QStringLiteral("customer-display-qr"));
        screenshot(QStringLiteral("customer-display-clerk-waiting"), m_window);

        // The phone pays the session as the hosted page's form does.
        QCOMPARE(simulator().pay(session, kGoodCard).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(checkout().screen(), Screen::Paid, 20000);
        QTRY_COMPARE(m_display->state(), State::Paid);
        QVERIFY(displayText(QStringLiteral("verdictDetailLabel")).contains(total));
        QVERIFY(m_display->shownPaymentUrl().isEmpty());
        const auto payment
            = PaymentRepository(m_store.core().database()).find(checkout().paymentId());
        QVERIFY(payment.ok());
        QCOMPARE(payment->status, PaymentStatus::Paid);
        screenshot(QStringLiteral("customer-display-paid"));

        finishSale();
        QTRY_COMPARE(m_display->state(), State::Welcome);
        QVERIFY(!checkout().isPhonePayment());
    }

    void aDeclineOnThePhoneThenStartOverShowsTheNewSessionsCode()
    {
        scan(kIsbn);
        QTRY_COMPARE(m_display->state(), State::Lines);
        QCOMPARE(toPaymentPage(), QString());
        toPhone();
        const QString first = sessionId();
        QCOMPARE(simulator().pay(first, kDeclinedCard).status, 402);
        // The phone's page stays for another card: both screens say so.
        QTRY_COMPARE_WITH_TIMEOUT(checkout().screen(), Screen::Declined, 20000);
        QTRY_VERIFY(find<QLabel>(QStringLiteral("phoneNoteLabel"), m_display)->isVisible());
        QCOMPARE(m_display->state(), State::PayOnPhone);
        QVERIFY(find<QLabel>(QStringLiteral("statusLabel"), paymentScreen())
                    ->text()
                    .contains(QStringLiteral("their phone")));
        QVERIFY(!checkout().webView()->isVisible());

        // Start over: a new session, still on the phone, with its own code.
        auto *startOver
            = find<QPushButton>(QStringLiteral("restartPaymentButton"), paymentScreen());
        QTRY_VERIFY(startOver->isVisible() && startOver->isEnabled());
        QTest::mouseClick(startOver, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(checkout().screen(), Screen::PaymentPage, 20000);
        QTRY_COMPARE(m_display->state(), State::PayOnPhone);
        const QString second = sessionId();
        QVERIFY(!second.isEmpty() && second != first);
        QVERIFY(checkout().isPhonePayment());
        QVERIFY(!checkout().webView()->isVisible());
        QVERIFY(!find<QLabel>(QStringLiteral("phoneNoteLabel"), m_display)->isVisible());
        QCOMPARE(decodeShownQr(), checkout().phonePaymentUrl().toString(QUrl::FullyEncoded));
        QVERIFY(decodeShownQr().contains(second));

        QCOMPARE(simulator().pay(second, kGoodCard).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(checkout().screen(), Screen::Paid, 20000);
        QTRY_COMPARE(m_display->state(), State::Paid);
        finishSale();
        QTRY_COMPARE(m_display->state(), State::Welcome);
    }

    void cancelEndsAPhonePaymentOnBothScreens()
    {
        scan(kIsbn);
        QTRY_COMPARE(m_display->state(), State::Lines);
        QCOMPARE(toPaymentPage(), QString());
        toPhone();
        auto *cancel = find<QPushButton>(QStringLiteral("cancelButton"), paymentScreen());
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(checkout().screen(), Screen::Cancelled, 20000);
        QTRY_COMPARE(m_display->state(), State::NotPaid);
        QVERIFY(displayText(QStringLiteral("verdictDetailLabel"))
                    .contains(QStringLiteral("cancelled")));
        QVERIFY(m_display->shownPaymentUrl().isEmpty());

        const auto buttons
            = checkout().findChildren<QPushButton *>(QStringLiteral("cancelOrderButton"));
        for (QPushButton *button : buttons) {
            if (button->isVisible())
                QTest::mouseClick(button, Qt::LeftButton);
        }
        QTRY_COMPARE(checkout().screen(), Screen::TimedOut);
        QTRY_VERIFY(displayText(QStringLiteral("verdictDetailLabel"))
                        .contains(QStringLiteral("order was cancelled")));
        finishSale();
        QTRY_COMPARE(m_display->state(), State::Welcome);
    }
};

QTEST_MAIN(CustomerDisplayTest)
#include "CustomerDisplayTest.moc"
