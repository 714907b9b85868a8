// Confirm to payment page painted: the real core, the real
// quire-gateway-sim process and its hosted page in the real PaymentWebView.
// Each round shows an order, clicks "Confirm and pay" and measures until the
// hosted page has loaded (loadFinished) and then until the web view's first
// paint after that. The first round in the process is cold (the first page
// ever loaded, the engine only pre-warmed with about:blank as the app does
// at start-up); the others are warm. Between rounds the payment and order
// are cancelled on their screens.
//
//   xvfb-run -a -s "-screen 0 1280x800x24" build/bench/payment_page_bench
//       --sim build/app/gateway-sim/quire-gateway-sim --rounds 11 --settle-ms 3000

#include "auth/Authentication.h"
#include "auth/AuthenticationOptions.h"
#include "auth/PinHasher.h"
#include "auth/UserAdministration.h"
#include "auth/UserSession.h"
#include "checkout/CheckoutPage.h"
#include "checkout/ReceiptSettings.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "services/CoreServices.h"
#include "services/GatewaySimulatorProcess.h"
#include "support/SystemClock.h"
#include "web/PaymentWebView.h"

#include <QAccessible>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QWindow>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace quire;

namespace {

const QString kIsbn = QStringLiteral("9780141439518");

// Runs the event loop until `done` or `timeoutMs`; true when done.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// Notes the first paint of the web view's render widget after arm().
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QObject *parent)
        : QObject(parent)
    {}
    void arm(QElapsedTimer *timer)
    {
        m_timer = timer;
        m_paintedMs = -1;
    }
    double paintedMs() const { return m_paintedMs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_timer && m_paintedMs < 0
            && (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest))
            m_paintedMs = double(m_timer->nsecsElapsed()) / 1e6;
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer *m_timer = nullptr;
    double m_paintedMs = -1;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption simOption(QStringLiteral("sim"),
                                       QStringLiteral("The quire-gateway-sim executable."),
                                       QStringLiteral("path"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Rounds (the first is cold)."),
                                          QStringLiteral("n"), QStringLiteral("11"));
    const QCommandLineOption settleOption(
        QStringLiteral("settle-ms"),
        QStringLiteral("How long the window stands before the first confirm."),
        QStringLiteral("ms"), QStringLiteral("3000"));
    parser.addOptions({simOption, roundsOption, settleOption});
    parser.process(app);
    const QString sim = parser.isSet(simOption) ? parser.value(simOption)
                                                : GatewaySimulatorProcess::findExecutable();
    const int rounds = parser.value(roundsOption).toInt();

    QTemporaryDir dir;
    SystemClock clock;
    GatewaySimulatorProcess simulator;
    CoreOptions options;
    options.databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
    options.callbackPort = 0;
    auto started = CoreServices::start(
        options, clock, [&](const QUrl &callbackUrl) -> Result<GatewayConfig> {
            const QByteArray apiKey = "sk_bench_" + QUuid::createUuid().toByteArray(QUuid::Id128);
            const QByteArray secret
                = "whsec_bench_" + QUuid::createUuid().toByteArray(QUuid::Id128);
            auto baseUrl = simulator.start(sim, callbackUrl, apiKey, secret);
            if (!baseUrl)
                return baseUrl.error();
            return GatewayConfig(*baseUrl, apiKey, {secret});
        });
    if (!started) {
        std::fprintf(stderr, "core: %s\n", qPrintable(started.error().message));
        return 1;
    }
    std::unique_ptr<CoreServices> core = std::move(started).value();
    if (!BookRepository(core->database())
             .upsert({kIsbn,
                      QStringLiteral("Pride and Prejudice"),
                      QStringLiteral("Jane Austen"),
                      *Money::fromMinorUnits(899, QStringLiteral("EUR")),
                      1000000,
                      {}},
                     clock.nowMs())) {
        std::fprintf(stderr, "cannot add the book\n");
        return 1;
    }

    // Orders are made by someone signed in (AccessPolicy): the demo clerk.
    AuthenticationOptions authOptions;
    authOptions.pepperPath = dir.filePath(QStringLiteral("pepper"));
    authOptions.hashing = PinHasher::minimumParameters();
    auto auth = Authentication::create(core->database(), clock, authOptions);
    if (!auth || !(*auth)->admin().seedDemoUsers()) {
        std::fprintf(stderr, "cannot set up the sign-in\n");
        return 1;
    }
    auto signedIn = (*auth)->session().signIn(QStringLiteral("alex"), QStringLiteral("314159"));
    if (!signedIn || !signedIn->succeeded() || !(*auth)->session().user()) {
        std::fprintf(stderr, "cannot sign in the demo clerk\n");
        return 1;
    }

    ReceiptSettings receipt;
    receipt.storeName = QStringLiteral("Bench Books");
    CheckoutPage page(core->flow(), core->payments(), options.payments, receipt);
    page.setActor((*auth)->session().user()->actor());
    page.resize(1024, 768);
    page.show();
    waitFor([&] { return page.windowHandle() && page.windowHandle()->isExposed(); }, 10000);
    const int settleMs = parser.value(settleOption).toInt();
    QElapsedTimer settle;
    settle.start();
    waitFor([&] { return settle.elapsed() >= settleMs; }, settleMs + 1000);

    PaymentWebView *view = page.webView();
    // With an assistive technology active (an AT-SPI client, or
    // QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 with an AT-SPI bus) Chromium builds
    // the page's accessibility tree too: docs/accessibility.md has the cost.
    std::printf("assistive technology active: %s\n", QAccessible::isActive() ? "yes" : "no");
    auto *watch = new PaintWatch(&page);
    QList<double> warmLoaded;
    QList<double> warmPainted;
    for (int round = 0; round < rounds; ++round) {
        if (!page.showOrderFor({{kIsbn, 1}})) {
            std::fprintf(stderr, "round %d: cannot show the order\n", round + 1);
            return 1;
        }
        // The screen machine takes the new order in its own time.
        waitFor([&] { return page.screen() == CheckoutPage::Screen::Confirm; }, 5000);
        auto *confirm = page.findChild<QPushButton *>(QStringLiteral("confirmButton"));
        bool loaded = false;
        double loadedMs = -1;
        QElapsedTimer timer;
        const auto connection
            = QObject::connect(view, &PaymentWebView::pageLoaded, &page, [&](bool ok) {
                  if (ok && !loaded && view->url().path().startsWith(u"/pay")) {
                      loaded = true;
                      loadedMs = double(timer.nsecsElapsed()) / 1e6;
                  }
              });
        if (QWidget *render = view->focusProxy())
            render->installEventFilter(watch);
        watch->arm(nullptr);
        timer.start();
        confirm->click();
        const bool ok = waitFor([&] { return loaded; }, 20000);
        QObject::disconnect(connection);
        if (!ok) {
            std::fprintf(stderr, "round %d: the payment page did not load (screen %d)\n", round + 1,
                         int(page.screen()));
            return 1;
        }
        watch->arm(&timer);
        if (QWidget *render = view->focusProxy())
            render->installEventFilter(watch); // the render widget may be new
        waitFor([&] { return watch->paintedMs() >= 0; }, 2000);
        const double paintedMs = watch->paintedMs();
        std::printf("round %2d (%s): page loaded %.0f ms, painted %.0f ms\n", round + 1,
                    round == 0 ? "cold" : "warm", loadedMs, paintedMs);
        std::fflush(stdout);
        if (round > 0) {
            warmLoaded << loadedMs;
            warmPainted << paintedMs;
        }

        // Back to a new sale: cancel the payment, then the order.
        page.findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
        if (!waitFor([&] { return page.screen() == CheckoutPage::Screen::Cancelled; }, 20000)) {
            std::fprintf(stderr, "round %d: no Cancelled screen\n", round + 1);
            return 1;
        }
        page.findChild<QPushButton *>(QStringLiteral("cancelOrderButton"))->click();
        waitFor([&] { return page.screen() == CheckoutPage::Screen::TimedOut; }, 20000);
    }
    if (!warmPainted.isEmpty()) {
        std::sort(warmLoaded.begin(), warmLoaded.end());
        std::sort(warmPainted.begin(), warmPainted.end());
        const auto median
            = [](const QList<double> &sorted) { return sorted.at(sorted.size() / 2); };
        std::printf(
            "warm (%lld rounds): loaded p50 %.0f ms max %.0f; painted p50 %.0f ms max %.0f\n",
            qlonglong(warmPainted.size()), median(warmLoaded), warmLoaded.last(),
            median(warmPainted), warmPainted.last());
    }
    page.hide();
    core.reset();
    simulator.stop();
    return 0;
}
