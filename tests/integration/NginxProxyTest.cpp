#include "TestDatabase.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "gateway/CallbackProcessor.h"
#include "gateway/CallbackServer.h"
#include "gateway/GatewayEvent.h"
#include "gateway/WebhookSignature.h"
#include "http/StrictHttpServer.h"
#include "persistence/PaymentRepository.h"
#include "services/AlertCenter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace quire;

namespace {

const QByteArray kSecret = "whsec_nginx_test";

QString findTool(const QString &name)
{
    // nginx lives in /usr/sbin, which is not on every user's PATH.
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

// A port nothing listens on right now, for nginx to take.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

struct CurlResult
{
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

} // namespace

// Protects: the shipped example resources/deploy/nginx-quire-callbacks.conf
// works as docs/deployment.md says. A real nginx (its own prefix and temp
// folders, a self-signed certificate made here with openssl) terminates TLS
// in front of a real callback server on 127.0.0.1; a signed callback sent
// over https by curl is committed and acknowledged; nginx enforces the body
// limit itself; and with nginx named in trustedProxies, the callback server's
// per-client cap counts the client nginx names in X-Forwarded-For (replacing
// whatever the client wrote), not nginx's own 127.0.0.1.
class NginxProxyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_nginx;
    QString m_curl;
    quint16 m_tlsPort = 0;
    std::unique_ptr<QProcess> m_proxy;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The shipped site file with only its placeholders replaced: where to
    // listen, the certificate, and the app's port. A placeholder that has
    // gone missing from the file fails the test, so file and test agree.
    bool writeConfig(quint16 upstreamPort)
    {
        QFile shipped(QStringLiteral(QUIRE_NGINX_EXAMPLE));
        if (!shipped.open(QIODevice::ReadOnly))
            return false;
        QString site = QString::fromUtf8(shipped.readAll());
        const QList<std::pair<QString, QString>> replacements{
            {QStringLiteral("listen 443 ssl;"),
             QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_tlsPort)},
            {QStringLiteral("/etc/ssl/quire/callbacks.crt"), path(QStringLiteral("cert.pem"))},
            {QStringLiteral("/etc/ssl/quire/callbacks.key"), path(QStringLiteral("key.pem"))},
            {QStringLiteral("server 127.0.0.1:8787;"),
             QStringLiteral("server 127.0.0.1:%1;").arg(upstreamPort)},
        };
        for (const auto &[from, to] : replacements) {
            if (!site.contains(from)) {
                qWarning("the example no longer contains \"%s\"", qPrintable(from));
                return false;
            }
            site.replace(from, to);
        }
        QFile siteFile(path(QStringLiteral("site.conf")));
        if (!siteFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        siteFile.write(site.toUtf8());
        // What /etc/nginx/nginx.conf gives a site on Debian, in the test's own
        // folder: nginx stays a child in the foreground.
        const QString main = QStringLiteral("daemon off;\n"
                                            "master_process off;\n"
                                            "pid %1/nginx.pid;\n"
                                            "error_log %1/error.log info;\n"
                                            "events { worker_connections 256; }\n"
                                            "http {\n"
                                            "    access_log %1/access.log;\n"
                                            "    client_body_temp_path %1/body;\n"
                                            "    proxy_temp_path %1/proxy;\n"
                                            "    fastcgi_temp_path %1/fastcgi;\n"
                                            "    uwsgi_temp_path %1/uwsgi;\n"
                                            "    scgi_temp_path %1/scgi;\n"
                                            "    include %1/site.conf;\n"
                                            "}\n")
                                 .arg(m_dir.path());
        QFile mainFile(path(QStringLiteral("nginx.conf")));
        if (!mainFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        mainFile.write(main.toUtf8());
        return true;
    }

    bool startProxy(quint16 upstreamPort)
    {
        stopProxy();
        m_tlsPort = freePort();
        if (m_tlsPort == 0 || !writeConfig(upstreamPort))
            return false;
        m_proxy = std::make_unique<QProcess>();
        m_proxy->setProcessChannelMode(QProcess::MergedChannels);
        m_proxy->start(m_nginx, {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"),
                                 path(QStringLiteral("nginx.conf")), QStringLiteral("-e"),
                                 path(QStringLiteral("error.log"))});
        if (!m_proxy->waitForStarted(5000))
            return false;
        // Ready once it accepts connections.
        for (int i = 0; i < 100 && m_proxy->state() == QProcess::Running; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_tlsPort);
            if (probe.waitForConnected(100))
                return true;
            QTest::qWait(50);
        }
        qWarning("nginx did not start: %s %s", m_proxy->readAll().constData(),
                 errorLog().right(2000).constData());
        return false;
    }

    void stopProxy()
    {
        if (!m_proxy)
            return;
        m_proxy->terminate();
        if (!m_proxy->waitForFinished(5000)) {
            m_proxy->kill();
            m_proxy->waitForFinished(2000);
        }
        m_proxy.reset();
    }

    QByteArray errorLog() const
    {
        QFile log(path(QStringLiteral("error.log")));
        return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    }

    QString httpsUrl(const QString &urlPath) const
    {
        return QStringLiteral("https://callbacks.example.shop:%1%2").arg(m_tlsPort).arg(urlPath);
    }

    // curl in its own process over https, checking nginx's certificate, from
    // `from` (a loopback address: each one is another client).
    QProcess *startCurl(const QStringList &arguments, const QString &from = QString())
    {
        auto *curl = new QProcess(this);
        QStringList all{QStringLiteral("-sS"),
                        QStringLiteral("--max-time"),
                        QStringLiteral("20"),
                        QStringLiteral("--cacert"),
                        path(QStringLiteral("cert.pem")),
                        QStringLiteral("--resolve"),
                        QStringLiteral("callbacks.example.shop:%1:127.0.0.1").arg(m_tlsPort)};
        if (!from.isEmpty())
            all += {QStringLiteral("--interface"), from};
        curl->start(m_curl, all + arguments);
        return curl;
    }

    CurlResult finish(QProcess *curl)
    {
        // The servers run on this thread's event loop: keep it turning.
        [&] { QTRY_VERIFY_WITH_TIMEOUT(curl->state() == QProcess::NotRunning, 25000); }();
        CurlResult result{curl->exitCode(), curl->readAllStandardOutput(),
                          curl->readAllStandardError()};
        curl->deleteLater();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_nginx = findTool(QStringLiteral("nginx"));
        m_curl = findTool(QStringLiteral("curl"));
        const QString openssl = findTool(QStringLiteral("openssl"));
        if (m_nginx.isEmpty() || m_curl.isEmpty() || openssl.isEmpty())
            QFAIL("nginx, curl and openssl are needed (scripts/bootstrap.sh installs them)");
        QProcess certificate;
        certificate.setProcessChannelMode(QProcess::MergedChannels);
        certificate.start(
            openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                      QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), path(QStringLiteral("key.pem")),
                      QStringLiteral("-out"), path(QStringLiteral("cert.pem")),
                      QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=callbacks.example.shop"), QStringLiteral("-addext"),
                      QStringLiteral("subjectAltName=DNS:callbacks.example.shop")});
        QVERIFY(certificate.waitForFinished(30000));
        QVERIFY2(certificate.exitCode() == 0, certificate.readAll().constData());
    }

    void cleanup() { stopProxy(); }

    // Protects: a gateway's signed callback over https through nginx reaches
    // the callback server on 127.0.0.1, is committed once and acknowledged;
    // /health answers through it too; anything else is nginx's 404; a body
    // over 64 KiB is refused by nginx (413) before Quire sees it.
    void deliversASignedCallbackOverHttps()
    {
        test::TestDatabase db;
        QVERIFY(db.isValid());
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899);
        PurchaseFlow flow(db.database(), db.clock());
        AlertCenter alerts(db.database(), db.clock());
        CallbackProcessor processor(flow, alerts, {kSecret});
        HttpServerLimits limits;
        limits.trustedProxies = {QHostAddress(QHostAddress::LocalHost)};
        CallbackServer server(processor, limits);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));
        const Actor quire = Actor::system(QStringLiteral("test"));
        auto order = flow.createOrder({{QStringLiteral("9780141439518"), 1}}, quire);
        QVERIFY(order.ok());
        auto payment = flow.startPayment(order->id, quire);
        QVERIFY(payment.ok());
        QVERIFY(startProxy(server.port()));
        const auto installation = processor.installationId();
        QVERIFY(installation.ok());

        // As the gateway echoes the session's metadata: the payment and this store.
        const QJsonObject session{
            {QStringLiteral("id"), QStringLiteral("cs_test_%1").arg(payment->id)},
            {QStringLiteral("object"), QStringLiteral("checkout.session")},
            {QStringLiteral("status"), QStringLiteral("complete")},
            {QStringLiteral("payment_status"), QStringLiteral("paid")},
            {QStringLiteral("amount_total"), payment->amount.minorUnits()},
            {QStringLiteral("currency"), QStringLiteral("eur")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("quire_payment_id"), QString::number(payment->id)},
                         {GatewayEvent::installationMetadataKey(), *installation}}}};
        const QByteArray body
            = QJsonDocument(
                  QJsonObject{
                      {QStringLiteral("id"), QStringLiteral("evt_via_nginx")},
                      {QStringLiteral("type"), QStringLiteral("checkout.session.completed")},
                      {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), session}}}})
                  .toJson(QJsonDocument::Compact);
        const QByteArray signature
            = WebhookSignature::sign(body, {kSecret}, db.clock().nowUtc().toSecsSinceEpoch());
        const CurlResult delivered = finish(
            startCurl({QStringLiteral("-w"), QStringLiteral("\n%{http_code}"), QStringLiteral("-H"),
                       QStringLiteral("Content-Type: application/json"), QStringLiteral("-H"),
                       QStringLiteral("Stripe-Signature: ") + QString::fromLatin1(signature),
                       QStringLiteral("--data-binary"), QString::fromUtf8(body),
                       httpsUrl(QStringLiteral("/webhooks/gateway"))}));
        QVERIFY2(delivered.exitCode == 0, delivered.errors.constData());
        QVERIFY2(delivered.output.endsWith("\n200"), delivered.output.constData());
        QVERIFY(delivered.output.contains("\"received\":true"));
        QCOMPARE(PaymentRepository(db.database()).find(payment->id)->status, PaymentStatus::Paid);
        QCOMPARE(db.count(QStringLiteral("gateway_events")), 1);

        const CurlResult health = finish(
            startCurl({QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                       QStringLiteral("%{http_code}"), httpsUrl(QStringLiteral("/health"))}));
        QCOMPARE(health.output, QByteArray("200"));
        const CurlResult elsewhere = finish(
            startCurl({QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                       QStringLiteral("%{http_code}"), httpsUrl(QStringLiteral("/admin"))}));
        QCOMPARE(elsewhere.output, QByteArray("404"));

        QFile big(path(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(100 * 1024, 'x'));
        big.close();
        const CurlResult oversized = finish(startCurl(
            {QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
             QStringLiteral("%{http_code}"), QStringLiteral("--data-binary"),
             QStringLiteral("@") + big.fileName(), httpsUrl(QStringLiteral("/webhooks/gateway"))}));
        QCOMPARE(oversized.output, QByteArray("413"));
        QCOMPARE(db.count(QStringLiteral("gateway_events")), 1);
    }

    // Protects: behind nginx every connection comes from 127.0.0.1. Named in
    // trustedProxies, nginx's X-Forwarded-For decides whose connection it
    // is: one client at its cap gets 503 while another is still served, and
    // a client cannot pass for someone else by writing its own
    // X-Forwarded-For (nginx replaces it). Without the setting, the cap would
    // lump every client together behind 127.0.0.1.
    void capsEachClientBehindTheProxy()
    {
        HttpServerLimits limits;
        limits.maxConnectionsPerPeer = 1;
        limits.trustedProxies = {QHostAddress(QHostAddress::LocalHost)};
        StrictHttpServer server(limits);
        QList<HttpResponder> held;
        QStringList clients;
        server.setHandler([&](const HttpRequest &request, const HttpResponder &responder) {
            clients.append(request.clientAddress.toString());
            held.append(responder); // in flight until the test answers
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        QVERIFY(startProxy(server.serverPort()));
        const QStringList post{QStringLiteral("-o"),
                               QStringLiteral("/dev/null"),
                               QStringLiteral("-w"),
                               QStringLiteral("%{http_code}"),
                               QStringLiteral("-H"),
                               QStringLiteral("X-Forwarded-For: 127.0.0.9"),
                               QStringLiteral("--data-binary"),
                               QStringLiteral("{}"),
                               httpsUrl(QStringLiteral("/webhooks/gateway"))};

        QProcess *first = startCurl(post, QStringLiteral("127.0.0.2"));
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 1, 15000);
        QCOMPARE(clients, QStringList{QStringLiteral("127.0.0.2")}); // not the forged 127.0.0.9

        // The same client again while its first request is in flight: its cap is one.
        const CurlResult again = finish(startCurl(post, QStringLiteral("127.0.0.2")));
        QCOMPARE(again.output, QByteArray("503"));
        QCOMPARE(held.size(), 1);

        // Another client, through the same nginx, from the same 127.0.0.1.
        QProcess *other = startCurl(post, QStringLiteral("127.0.0.3"));
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 2, 15000);
        QCOMPARE(clients.last(), QStringLiteral("127.0.0.3"));
        for (const HttpResponder &responder : std::as_const(held))
            responder.send(HttpResponse::json(200, {{QStringLiteral("received"), true}}));
        QCOMPARE(finish(first).output, QByteArray("200"));
        QCOMPARE(finish(other).output, QByteArray("200"));
    }
};

QTEST_GUILESS_MAIN(NginxProxyTest)
#include "NginxProxyTest.moc"
