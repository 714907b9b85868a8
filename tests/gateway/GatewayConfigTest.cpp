#include "gateway/GatewayConfig.h"

#include "TestPrinters.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using quire::GatewayConfig;

// Protects: the gateway's secrets are read only from the environment or
// from files, a broken file is reported clearly (naming the file, never the
// secret), and a config printed to the log never shows a secret.
class GatewayConfigTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
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
        const QString keyFile = writeFile(QStringLiteral("key"), "sk_test_file\n");
        const QString secretFile = writeFile(QStringLiteral("secrets"), "whsec_one\n\nwhsec_two\n");
        const auto config = GatewayConfig::load(
            sources(keyFile, secretFile),
            environment(QStringLiteral("sk_test_env"), QStringLiteral("whsec_env")));
        QVERIFY(config.ok());
        QCOMPARE(config->apiKey(), QByteArray("sk_test_file"));
        QCOMPARE(config->webhookSecrets(), (QByteArrayList{"whsec_one", "whsec_two"}));
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
        QTest::newRow("two keys") << writeFile(QStringLiteral("two"), "sk_a\nsk_b\n")
                                  << QStringLiteral("http://127.0.0.1:1") << true
                                  << QStringLiteral("more than one line");
        QTest::newRow("no key anywhere") << QString() << QStringLiteral("http://127.0.0.1:1")
                                         << false << QStringLiteral("QUIRE_GATEWAY_API_KEY");
        QTest::newRow("no url") << QString() << QString() << true
                                << QStringLiteral("--gateway-url");
        QTest::newRow("ftp url") << QString() << QStringLiteral("ftp://example.com") << true
                                 << QStringLiteral("not an http(s) URL");
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
