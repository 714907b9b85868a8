#include "gateway/GatewayConfig.h"

#include "ManualClock.h"
#include "TestPrinters.h"
#include "services/CoreOptions.h"
#include "services/CoreServices.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using quire::GatewayConfig;

// Protects: the gateway's secrets are read only from the environment or
// from files, a broken file is reported clearly (naming the file, never the
// secret), the API key is sent over https only (plain http to a loopback
// simulator alone), and a config printed to the log never shows a secret.
class GatewayConfigTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Owner-only, as a deployment must keep them (SecretFileTest covers the rest).
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return {};
        file.write(content);
        return path;
    }

    static QProcessEnvironment environment(const QString &key, const QString &secrets)
    {
        QProcessEnvironment env;
        if (!key.isNull())
            env.insert(QStringLiteral("QUIRE_GATEWAY_API_KEY"), key);
        if (!secrets.isNull())
            env.insert(QStringLiteral("QUIRE_WEBHOOK_SECRETS"), secrets);
        return env;
    }

    static GatewayConfig::Sources sources(const QString &keyFile = {},
                                          const QString &secretFile = {})
    {
        return {QStringLiteral("http://127.0.0.1:4242"), keyFile, secretFile};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsSecretsFromTheEnvironment()
    {
        const auto config
            = GatewayConfig::load(sources(), environment(QStringLiteral("sk_test_env"),
                                                         QStringLiteral("whsec_new, whsec_old ,")));
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:4242")));
        QCOMPARE(config->apiKey(), QByteArray("sk_test_env"));
        QCOMPARE(config->webhookSecrets(), (QByteArrayList{"whsec_new", "whsec_old"}));
    }

    void preferNamedFilesOverTheEnvironment()
    {
        const QString keyFile = writeFile(QStringLiteral("key"), "sk_test_file_0123456789\n");
        const QString secretFile = writeFile(QStringLiteral("secrets"),
                                             "whsec_one_0123456789\n\nwhsec_two_0123456789 \n");
        const auto config = GatewayConfig::load(
            sources(keyFile, secretFile),
            environment(QStringLiteral("sk_test_env"), QStringLiteral("whsec_env")));
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config->apiKey(), QByteArray("sk_test_file_0123456789"));
        QCOMPARE(config->webhookSecrets(),
                 (QByteArrayList{"whsec_one_0123456789", "whsec_two_0123456789"}));
    }

    void reportsBadSources_data()
    {
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("withEnvironment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing file")
            << m_dir.filePath(QStringLiteral("nope")) << QStringLiteral("http://127.0.0.1:1")
            << true << QStringLiteral("does not exist");
        QTest::newRow("directory") << m_dir.path() << QStringLiteral("http://127.0.0.1:1") << true
                                   << QStringLiteral("not a regular file");
        QTest::newRow("empty file")
            << writeFile(QStringLiteral("empty"), " \n") << QStringLiteral("http://127.0.0.1:1")
            << true << QStringLiteral("is empty");
        QTest::newRow("two keys") << writeFile(QStringLiteral("two"),
                                               "sk_test_aaaaaaaaaaaa\nsk_test_bbbbbbbbbbbb\n")
                                  << QStringLiteral("http://127.0.0.1:1") << true
                                  << QStringLiteral("more than one line");
        QTest::newRow("no key anywhere") << QString() << QStringLiteral("http://127.0.0.1:1")
                                         << false << QStringLiteral("QUIRE_GATEWAY_API_KEY");
        QTest::newRow("no url") << QString() << QString() << true
                                << QStringLiteral("--gateway-url");
        QTest::newRow("ftp url") << QString() << QStringLiteral("ftp://example.com") << true
                                 << QStringLiteral("not an http(s) URL");
        QTest::newRow("short key") << writeFile(QStringLiteral("short"), "sk_test_short\n")
                                   << QStringLiteral("http://127.0.0.1:1") << true
                                   << QStringLiteral("shorter than 16 characters");
        QTest::newRow("key readable by others")
            << writeFile(QStringLiteral("open"), "sk_test_0123456789abcdef")
            << QStringLiteral("http://127.0.0.1:1") << true << QStringLiteral("chmod 600");
        QFile::setPermissions(m_dir.filePath(QStringLiteral("open")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QTest::newRow("plain http off the machine")
            << QString() << QStringLiteral("http://api.example.com") << true
            << QStringLiteral("use an https:// URL");
    }

    void reportsBadSources()
    {
        QFETCH(QString, keyFile);
        QFETCH(QString, baseUrl);
        QFETCH(bool, withEnvironment);
        QFETCH(QString, expected);
        const auto env = withEnvironment
                             ? environment(QStringLiteral("sk_test_env"), QStringLiteral("whsec_x"))
                             : environment(QString(), QStringLiteral("whsec_x"));
        const auto config = GatewayConfig::load({baseUrl, keyFile, {}}, env);
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
    }

    void shortWebhookSecretIsRefused()
    {
        const QString secretFile
            = writeFile(QStringLiteral("short-secrets"), "whsec_long_enough_0123\nwhsec_x\n");
        const auto config = GatewayConfig::load(sources({}, secretFile),
                                                environment(QStringLiteral("sk_test_env"), {}));
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(u"line 2"), qPrintable(config.error().message));
        QVERIFY(!config.error().message.contains(u"whsec_"));
    }

    // Every request carries the API key in its Authorization header; only a
    // literal loopback address (or localhost) may be reached over plain http.
    void acceptsHttpsAndLoopbackHttpOnly_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        const QString accepted;
        const QString plainHttp = QStringLiteral("use an https:// URL");
        const QString notHttp = QStringLiteral("not an http(s) URL");
        QTest::newRow("https") << QStringLiteral("https://api.stripe.com") << accepted;
        QTest::newRow("https with a path and port")
            << QStringLiteral("https://gateway.example.com:8443/v1/") << accepted;
        QTest::newRow("https on a LAN address")
            << QStringLiteral("https://192.168.1.5") << accepted;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:4242") << accepted;
        QTest::newRow("http 127.0.0.0/8") << QStringLiteral("http://127.12.0.1:4242") << accepted;
        QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:4242") << accepted;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:4242") << accepted;
        QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:4242") << accepted;
        QTest::newRow("http LAN address") << QStringLiteral("http://192.168.1.5:4242") << plainHttp;
        QTest::newRow("http 10/8") << QStringLiteral("http://10.0.0.2") << plainHttp;
        QTest::newRow("http any address") << QStringLiteral("http://0.0.0.0:4242") << plainHttp;
        QTest::newRow("http [::]") << QStringLiteral("http://[::]:4242") << plainHttp;
        QTest::newRow("http name") << QStringLiteral("http://example.com") << plainHttp;
        QTest::newRow("http name starting like loopback")
            << QStringLiteral("http://127.0.0.1.evil.com") << plainHttp;
        QTest::newRow("http name under localhost")
            << QStringLiteral("http://localhost.evil.com") << plainHttp;
        QTest::newRow("http loopback-looking user name")
            << QStringLiteral("http://127.0.0.1@evil.com") << plainHttp;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << notHttp;
        QTest::newRow("no host") << QStringLiteral("http:///v1") << notHttp;
        QTest::newRow("https no host") << QStringLiteral("https://") << notHttp;
        QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:4242") << notHttp;
    }

    void acceptsHttpsAndLoopbackHttpOnly()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, refusal);
        const auto config
            = GatewayConfig::load({baseUrl, {}, {}}, environment(QStringLiteral("sk_test_env"),
                                                                 QStringLiteral("whsec_env")));
        // The same rule holds for a config built in code (the demo's provider).
        const bool checked = GatewayConfig::checkBaseUrl(QUrl(baseUrl, QUrl::StrictMode)).ok();
        if (refusal.isEmpty()) {
            QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
            QVERIFY(checked);
            return;
        }
        QVERIFY(!config.ok());
        QVERIFY(!checked);
        // The refusal names the URL and says what to do instead.
        const QString message = config.error().message;
        QVERIFY2(message.contains(refusal), qPrintable(message));
        const QUrl url(baseUrl, QUrl::StrictMode);
        QVERIFY2(message.contains(url.isValid() ? url.toDisplayString() : baseUrl),
                 qPrintable(message));
        QVERIFY(!message.contains(u"sk_test_env"));
    }

    // The demo and the tests hand CoreServices a config built in code; it
    // must not be a way around the rule.
    void aProvidedConfigIsHeldToTheSameRule()
    {
        quire::CoreOptions options;
        options.databasePath = m_dir.filePath(QStringLiteral("provided.sqlite"));
        options.callbackPort = 0;
        quire::test::ManualClock clock;
        bool provided = false;
        const auto started = quire::CoreServices::start(
            options, clock, [&provided](const QUrl &) -> quire::Result<GatewayConfig> {
                provided = true;
                return GatewayConfig(QUrl(QStringLiteral("http://192.168.1.5:4242")),
                                     "sk_test_provided_0123456789", {"whsec_provided_0123456789"});
            });
        QVERIFY(provided);
        QVERIFY(!started.ok());
        QVERIFY2(started.error().message.contains(u"use an https:// URL")
                     && started.error().message.contains(u"http://192.168.1.5:4242"),
                 qPrintable(started.error().message));
        QVERIFY(!started.error().message.contains(u"provided_0123456789"));
    }

    void unreadableFileIsReported()
    {
        const QString path = writeFile(QStringLiteral("locked"), "sk_test_locked");
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running as root: permissions do not stop reading");
        const auto config = GatewayConfig::load(sources(path), environment({}, {}));
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(u"not readable"),
                 qPrintable(config.error().message));
        QVERIFY(!config.error().message.contains(u"sk_test_locked"));
    }

    void missingWebhookSecretIsReported()
    {
        const auto config
            = GatewayConfig::load(sources(), environment(QStringLiteral("sk_test_env"), {}));
        QVERIFY(!config.ok());
        QVERIFY(config.error().message.contains(u"QUIRE_WEBHOOK_SECRETS"));
    }

    void debugOutputMasksSecrets()
    {
        const GatewayConfig config(QUrl(QStringLiteral("http://127.0.0.1:4242")),
                                   "sk_test_supersecret", {"whsec_alpha", "whsec_beta"});
        QString text;
        QDebug(&text) << config;
        QVERIFY2(!text.contains(u"supersecret"), qPrintable(text));
        QVERIFY(!text.contains(u"whsec_"));
        QVERIFY(text.contains(u"<redacted>"));
        QVERIFY(text.contains(u"127.0.0.1:4242"));
    }
};

QTEST_GUILESS_MAIN(GatewayConfigTest)
#include "GatewayConfigTest.moc"
