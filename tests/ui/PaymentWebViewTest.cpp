#include "web/PaymentWebView.h"

#include "PageScript.h"
#include "SelfSignedHttpsServer.h"
#include "http/StrictHttpServer.h"
#include "web/PaymentWebPage.h"

#include <QAccessible>
#include <QApplication>
#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <memory>

using namespace quire;
using quire::test::SelfSignedHttpsServer;

namespace {

const QUrl kSuccessUrl(
    QStringLiteral("https://quire.invalid/return/success?session={CHECKOUT_SESSION_ID}"));
const QUrl
    kCancelUrl(QStringLiteral("https://quire.invalid/return/cancel?session={CHECKOUT_SESSION_ID}"));

// The first descendant of `root` with this role and name (depth first).
QAccessibleInterface *findAccessible(QAccessibleInterface *root, QAccessible::Role role,
                                     const QString &name, int depth = 0)
{
    if (!root || depth > 40)
        return nullptr;
    if (root->role() == role && root->text(QAccessible::Name) == name)
        return root;
    for (int index = 0; index < root->childCount(); ++index) {
        if (QAccessibleInterface *found = findAccessible(root->child(index), role, name, depth + 1))
            return found;
    }
    return nullptr;
}

bool listContains(const QSignalSpy &spy, const QString &needle)
{
    for (const auto &arguments : spy) {
        if (arguments.at(0).toUrl().toString().contains(needle))
            return true;
    }
    return false;
}

} // namespace

// Protects: the payment view's lockdown against a hostile hosted page served
// by a real HTTP server: a link and sub-resources on a second ("foreign")
// origin never load, new windows are refused, the return URLs are caught and
// never loaded, and the profile keeps nothing on disk.
class PaymentWebViewTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StrictHttpServer> m_gateway;
    std::unique_ptr<StrictHttpServer> m_foreign;
    std::unique_ptr<StrictHttpServer> m_third;
    QList<QString> m_foreignHits;
    QList<QString> m_gatewayHits;
    QList<QString> m_thirdHits;
    QByteArray m_page; // served at /pay/cs_test_hostile instead of hostilePage()
    std::unique_ptr<PaymentWebView> m_view;
    QTemporaryDir m_certificateDir;

    QString thirdBase() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_third->serverPort());
    }
    QString gatewayBase() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_gateway->serverPort());
    }
    bool makeView(const GatewayOriginPolicy &origins)
    {
        m_view.reset();
        m_view = std::make_unique<PaymentWebView>(kSuccessUrl, kCancelUrl, origins);
        m_view->resize(800, 600);
        m_view->show();
        m_view->activateWindow();
        return QTest::qWaitForWindowExposed(m_view.get());
    }
    static OriginPattern pattern(const QString &text) { return OriginPattern::parse(text).value(); }
    std::unique_ptr<SelfSignedHttpsServer> httpsServer()
    {
        auto server = std::make_unique<SelfSignedHttpsServer>();
        if (!server->start(m_certificateDir.path()))
            return nullptr;
        return server;
    }

    QString foreignBase() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_foreign->serverPort());
    }
    QUrl pageUrl() const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/pay/cs_test_hostile").arg(m_gateway->serverPort()));
    }
    QByteArray hostilePage() const
    {
        const QString foreign = foreignBase();
        return QStringLiteral(
                   "<!doctype html><html><head><title>Pay</title>"
                   "<link rel=stylesheet href=\"%1/style.css\"></head>"
                   "<body style=\"margin:0\">"
                   "<a id=away href=\"%1/away\" style=\"display:block;height:60px\">away</a>"
                   "<a id=popup href=\"/pay/popup\" target=_blank "
                   "style=\"display:block;width:400px;height:80px;background:#ccc\">popup</a>"
                   "<img id=pixel src=\"%1/pixel.png\">"
                   "<script src=\"%1/evil.js\"></script>"
                   "<form id=pay method=post action=\"/pay/cs_test_hostile\">"
                   "<input name=card_number value=4242424242424242></form>"
                   "<form id=cancel method=post action=\"/pay/cs_test_hostile/cancel\"></form>"
                   "<script>fetch('%1/beacon').catch(function(){});</script>"
                   "</body></html>")
            .arg(foreign)
            .toUtf8();
    }

    bool loadHostilePage()
    {
        QSignalSpy loaded(m_view.get(), &PaymentWebView::pageLoaded);
        m_view->showPaymentPage(pageUrl());
        return loaded.wait(20000) && loaded.first().at(0).toBool();
    }
    QVariant evaluate(const QString &script)
    {
        return test::runScript(m_view->page(), script).value_or(QStringLiteral("(no answer)"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_certificateDir.isValid());
        QString error;
        QVERIFY2(SelfSignedHttpsServer::makeCertificate(m_certificateDir.path(), &error),
                 qPrintable(error));
    }
    void init()
    {
        m_foreignHits.clear();
        m_gatewayHits.clear();
        m_thirdHits.clear();
        m_page.clear();
        m_gateway = std::make_unique<StrictHttpServer>();
        m_foreign = std::make_unique<StrictHttpServer>();
        m_third = std::make_unique<StrictHttpServer>();
        m_foreign->setHandler([this](const HttpRequest &request, const HttpResponder &responder) {
            m_foreignHits.append(request.path);
            // A framed document (say, an issuer's challenge) with its own
            // script and a request to a third origin.
            if (request.path == u"/frame")
                responder.send(
                    HttpResponse::html(200, QStringLiteral("<!doctype html><title>frame</title>"
                                                           "<script src=\"/frame.js\"></script>"
                                                           "<img src=\"%1/third.png\">")
                                                .arg(thirdBase())
                                                .toUtf8()));
            else
                responder.send(HttpResponse::text(200, QStringLiteral("gotcha")));
        });
        m_third->setHandler([this](const HttpRequest &request, const HttpResponder &responder) {
            m_thirdHits.append(request.path);
            responder.send(HttpResponse::text(200, QStringLiteral("gotcha")));
        });
        m_gateway->setHandler([this](const HttpRequest &request, const HttpResponder &responder) {
            m_gatewayHits.append(QString::fromLatin1(request.method) + u' ' + request.path);
            if (request.method == "GET" && request.path == u"/pay/cs_test_hostile")
                responder.send(HttpResponse::html(200, m_page.isEmpty() ? hostilePage() : m_page));
            else if (request.method == "POST" && request.path == u"/pay/cs_test_hostile")
                responder.send(HttpResponse::redirect(QUrl(QStringLiteral(
                    "https://quire.invalid/return/success?session=cs_test_hostile"))));
            else if (request.method == "POST" && request.path == u"/pay/cs_test_hostile/cancel")
                responder.send(HttpResponse::redirect(QUrl(QStringLiteral(
                    "https://quire.invalid/return/cancel?session=cs_test_hostile"))));
            else
                responder.send(HttpResponse::html(200, "<p>other page</p>"));
        });
        QVERIFY(m_gateway->listen(QHostAddress::LocalHost, 0).ok());
        QVERIFY(m_foreign->listen(QHostAddress::LocalHost, 0).ok());
        QVERIFY(m_third->listen(QHostAddress::LocalHost, 0).ok());
        // No settings: the automatic policy, which is the simulator's for a
        // page on this machine.
        QVERIFY(makeView(GatewayOriginPolicy()));
    }
    void cleanup()
    {
        m_view.reset();
        m_gateway.reset();
        m_foreign.reset();
        m_third.reset();
    }

    void theProfileKeepsNothingAndAllowsNothingExtra()
    {
        QWebEngineProfile *profile = m_view->paymentProfile();
        QVERIFY(profile->isOffTheRecord());
        QVERIFY(profile->persistentStoragePath().isEmpty() || profile->isOffTheRecord());
        QCOMPARE(profile->persistentCookiesPolicy(), QWebEngineProfile::NoPersistentCookies);
        QVERIFY(m_view->page()->profile() == profile);
        QCOMPARE(m_view->contextMenuPolicy(), Qt::NoContextMenu);
        const QWebEngineSettings *settings = m_view->page()->settings();
        QVERIFY(!settings->testAttribute(QWebEngineSettings::JavascriptCanAccessClipboard));
        QVERIFY(!settings->testAttribute(QWebEngineSettings::JavascriptCanOpenWindows));
        QVERIFY(!settings->testAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls));
        QVERIFY(!settings->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
        QVERIFY(!settings->testAttribute(QWebEngineSettings::PluginsEnabled));
        QVERIFY(!settings->testAttribute(QWebEngineSettings::FullScreenSupportEnabled));
        QVERIFY(m_view->page()->devToolsPage() == nullptr);
        QVERIFY(m_view->allowedOrigin().isEmpty());
    }

    void blocksForeignSubresources()
    {
        QSignalSpy blocked(m_view.get(), &PaymentWebView::blockedNavigation);
        QVERIFY(loadHostilePage());
        QCOMPARE(m_view->allowedOrigin(),
                 QStringLiteral("http://127.0.0.1:%1").arg(m_gateway->serverPort()));
        QTRY_VERIFY_WITH_TIMEOUT(listContains(blocked, QStringLiteral("/pixel.png")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(blocked, QStringLiteral("/evil.js")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(blocked, QStringLiteral("/style.css")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(blocked, QStringLiteral("/beacon")), 10000);
        // The image really is missing, not merely reported.
        QCOMPARE(evaluate(QStringLiteral("document.getElementById('pixel').naturalWidth")).toInt(),
                 0);
        QCOMPARE(m_foreignHits, QList<QString>());
        QVERIFY(m_gatewayHits.contains(QStringLiteral("GET /pay/cs_test_hostile")));
    }

    void blocksALinkToAForeignOrigin()
    {
        QVERIFY(loadHostilePage());
        QSignalSpy blocked(m_view.get(), &PaymentWebView::blockedNavigation);
        evaluate(QStringLiteral("document.getElementById('away').click(); true"));
        QTRY_VERIFY_WITH_TIMEOUT(listContains(blocked, QStringLiteral("/away")), 10000);
        // Still on the payment page; the foreign server saw nothing.
        QCOMPARE(m_view->url(), pageUrl());
        QCOMPARE(evaluate(QStringLiteral("document.title")).toString(), QStringLiteral("Pay"));
        QCOMPARE(m_foreignHits, QList<QString>());
    }

    void refusesNewWindows()
    {
        QVERIFY(loadHostilePage());
        QSignalSpy blocked(m_view.get(), &PaymentWebView::blockedNavigation);
        // A person's click on a target=_blank link (script-opened windows are
        // already stopped by Blink's popup blocker).
        QWidget *surface = m_view->focusProxy();
        QVERIFY(surface);
        // The link must be laid out under the point, and Chromium drops a
        // click that comes before its compositor has the frame to route it
        // (seen on a loaded machine): click again until it is refused, each
        // click being a person's click that must be refused too.
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(QStringLiteral("(document.elementFromPoint(100, 100) || {}).target || ''"))
                .toString(),
            QStringLiteral("_blank"), 10000);
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            QTest::mouseClick(surface, Qt::LeftButton, {}, QPoint(100, 100));
            if (QTest::qWaitFor([&] { return listContains(blocked, QStringLiteral("/pay/popup")); },
                                1000))
                break;
        }
        QVERIFY(listContains(blocked, QStringLiteral("/pay/popup")));
        QCOMPARE(m_view->url(), pageUrl());
        QVERIFY(!m_gatewayHits.contains(QStringLiteral("GET /pay/popup")));
        // No second top-level web view was made for it.
        int views = 0;
        for (QWidget *widget : QApplication::topLevelWidgets())
            views += qobject_cast<QWebEngineView *>(widget) != nullptr;
        QCOMPARE(views, 1);
    }

    void catchesTheSuccessReturnWithoutLoadingIt()
    {
        QVERIFY(loadHostilePage());
        QSignalSpy success(m_view.get(), &PaymentWebView::returnedToSuccess);
        QSignalSpy cancel(m_view.get(), &PaymentWebView::returnedToCancel);
        evaluate(QStringLiteral("document.getElementById('pay').submit(); true"));
        QVERIFY(success.wait(10000));
        QVERIFY(m_gatewayHits.contains(QStringLiteral("POST /pay/cs_test_hostile")));
        QCOMPARE(cancel.size(), 0);
        QVERIFY(m_view->url().host() != u"quire.invalid");
        // Seen by both the page and the interceptor, reported once.
        QCoreApplication::processEvents();
        QCOMPARE(success.size(), 1);
    }

    void catchesTheCancelReturn()
    {
        QVERIFY(loadHostilePage());
        QSignalSpy success(m_view.get(), &PaymentWebView::returnedToSuccess);
        QSignalSpy cancel(m_view.get(), &PaymentWebView::returnedToCancel);
        evaluate(QStringLiteral("document.getElementById('cancel').submit(); true"));
        QVERIFY(cancel.wait(10000));
        QCOMPARE(success.size(), 0);
        QVERIFY(m_view->url().host() != u"quire.invalid");
    }

    // Protects: the main frame stays on the checkout origin although the
    // policy lets a frame come from another (the challenge origin of the
    // demo): that frame loads its own script, but neither it nor the main
    // frame reaches a third origin, and the main frame's own requests to
    // the frame's origin stay blocked.
    void aFrameMayComeFromAnotherOriginButTheMainFrameMayNot()
    {
        m_page = QStringLiteral("<!doctype html><html><head><title>Pay</title></head>"
                                "<body style=\"margin:0\">"
                                "<a id=away href=\"%1/away\">away</a>"
                                "<img id=pixel src=\"%1/pixel.png\">"
                                "<iframe id=frame src=\"%1/frame\"></iframe>"
                                "</body></html>")
                     .arg(foreignBase())
                     .toUtf8();
        QSignalSpy blocked(m_view.get(), &PaymentWebView::blockedNavigation);
        QVERIFY(loadHostilePage());
        QTRY_VERIFY_WITH_TIMEOUT(m_foreignHits.contains(QStringLiteral("/frame.js")), 10000);
        QVERIFY(m_foreignHits.contains(QStringLiteral("/frame")));
        QTRY_VERIFY_WITH_TIMEOUT(listContains(blocked, QStringLiteral("/third.png")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(blocked, QStringLiteral("/pixel.png")), 10000);
        QVERIFY(!m_foreignHits.contains(QStringLiteral("/pixel.png")));
        QCOMPARE(m_thirdHits, QList<QString>());

        evaluate(QStringLiteral("document.getElementById('away').click(); true"));
        QTRY_VERIFY_WITH_TIMEOUT(listContains(blocked, QStringLiteral("/away")), 10000);
        evaluate(QStringLiteral("location.href = '%1/away2'; true").arg(foreignBase()));
        QTRY_VERIFY_WITH_TIMEOUT(listContains(blocked, QStringLiteral("/away2")), 10000);
        QCOMPARE(m_view->url(), pageUrl());
        QVERIFY(!m_foreignHits.contains(QStringLiteral("/away")));
        QVERIFY(!m_foreignHits.contains(QStringLiteral("/away2")));
    }

    // Protects: under a policy without loopback frames (Stripe's shape),
    // a plain http frame never loads, while an https frame from any origin
    // and an https sub-resource from a listed origin are tried, and an
    // unlisted https sub-resource is not even tried. (The https servers
    // have self-signed certificates: tried means a TCP connection arrived;
    // none of them may ever see a request.)
    void plainHttpFramesAndUnlistedResourcesAreRefused()
    {
        auto frameServer = httpsServer();
        auto listedServer = httpsServer();
        auto unlistedServer = httpsServer();
        QVERIFY(frameServer && listedServer && unlistedServer);
        GatewayOriginPolicy policy;
        policy.preset = GatewayOriginPolicy::Preset::Custom;
        policy.checkoutOrigins = {pattern(gatewayBase())};
        policy.resourceOrigins = {pattern(listedServer->origin())};
        QVERIFY(makeView(policy));
        m_page = QStringLiteral("<!doctype html><html><head><title>Pay</title></head><body>"
                                "<iframe src=\"%1/frame\"></iframe>"
                                "<iframe src=\"%2/challenge\"></iframe>"
                                "<img src=\"%3/listed.png\">"
                                "<img src=\"%4/unlisted.png\">"
                                "</body></html>")
                     .arg(foreignBase(), frameServer->origin(), listedServer->origin(),
                          unlistedServer->origin())
                     .toUtf8();
        QSignalSpy blocked(m_view.get(), &PaymentWebView::blockedNavigation);
        QVERIFY(loadHostilePage());
        QTRY_VERIFY_WITH_TIMEOUT(frameServer->connections() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(listedServer->connections() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(blocked, QStringLiteral("/unlisted.png")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(listContains(blocked, foreignBase() + QStringLiteral("/frame")),
                                 10000);
        QCOMPARE(unlistedServer->connections(), 0);
        QCOMPARE(m_foreignHits, QList<QString>());
        QCOMPARE(frameServer->requests(), QList<QByteArray>());
        QCOMPARE(listedServer->requests(), QList<QByteArray>());
    }

    // Protects: a certificate that does not verify is refused: the hosted
    // page on a self-signed https server never gets a request.
    void refusesASelfSignedCertificate()
    {
        auto server = httpsServer();
        QVERIFY(server);
        GatewayOriginPolicy policy;
        policy.preset = GatewayOriginPolicy::Preset::Custom;
        policy.checkoutOrigins = {pattern(server->origin())};
        QVERIFY(makeView(policy));
        QSignalSpy refused(m_view.get(), &PaymentWebView::certificateRefused);
        QSignalSpy loaded(m_view.get(), &PaymentWebView::pageLoaded);
        const QUrl page(server->origin() + QStringLiteral("/pay/cs_test_tls"));
        m_view->showPaymentPage(page);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().at(0).toBool(), false);
        QVERIFY(server->connections() > 0);
        QCOMPARE(server->requests(), QList<QByteArray>());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toUrl(), page);
        QVERIFY(evaluate(QStringLiteral("document.title")).toString() != u"loaded");
    }

    // Protects: a hosted page outside the policy's checkout origins is not
    // loaded at all (here: a page on this machine under Stripe's policy).
    void refusesAPageOutsideTheCheckoutOrigins()
    {
        QVERIFY(makeView(GatewayOriginPolicy::stripe()));
        QSignalSpy blocked(m_view.get(), &PaymentWebView::blockedNavigation);
        QSignalSpy loaded(m_view.get(), &PaymentWebView::pageLoaded);
        m_view->showPaymentPage(pageUrl());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).toBool(), false);
        QCOMPARE(blocked.size(), 1);
        QCOMPARE(blocked.first().at(0).toUrl(), pageUrl());
        QVERIFY(m_view->allowedOrigin().isEmpty());
        QCOMPARE(m_gatewayHits, QList<QString>());
    }

    // Issue 17: a blind customer pays with a screen reader. While an
    // assistive technology is active, the hosted page's label, field and
    // button are in the view's accessibility tree, named as on the page.
    void thePageReachesTheAccessibilityTreeWhileAnAssistiveTechnologyIsActive()
    {
        QCOMPARE(qgetenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY"), QByteArray("1"));
        m_page = QByteArrayLiteral(
            "<!doctype html><title>Pay</title><form method=post action=\"/pay/cs_test_hostile\">"
            "<label for=card_number>Card number</label><input id=card_number name=card_number>"
            "<button type=submit id=pay>Pay 8.99</button></form>");
        QAccessible::setActive(true);
        const auto inactive = qScopeGuard([] { QAccessible::setActive(false); });
        QVERIFY(loadHostilePage());
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_view.get());
        QVERIFY(view);
        QCOMPARE(view->text(QAccessible::Name), QStringLiteral("Payment page"));
        QTRY_VERIFY_WITH_TIMEOUT(
            findAccessible(view, QAccessible::EditableText, QStringLiteral("Card number")), 10000);
        QVERIFY(findAccessible(view, QAccessible::Button, QStringLiteral("Pay 8.99")));
    }

    void clearingForgetsTheOrigin()
    {
        QVERIFY(loadHostilePage());
        m_view->clear();
        QVERIFY(m_view->allowedOrigin().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_view->url(), QUrl(QStringLiteral("about:blank")), 10000);
    }
};

QTEST_MAIN(PaymentWebViewTest)
#include "PaymentWebViewTest.moc"
