#include "gateway/GatewayOriginPolicy.h"

#include "TestPrinters.h"
#include "services/CoreOptions.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using quire::GatewayOriginPolicy;
using quire::OriginPattern;
using quire::Result;
using Preset = GatewayOriginPolicy::Preset;

namespace {

void row(const char *name, const char *first, const char *second)
{
    QTest::newRow(name) << QString::fromLatin1(first) << QString::fromLatin1(second);
}

} // namespace

// Protects: the settings behind the payment view's origin policy: what an
// origin pattern may be (never plain http across a network, no bare
// wildcards, no paths), what each pattern matches, the documented presets,
// and that a bad `[gatewayOrigins]` section is refused with the key named.
class GatewayOriginPolicyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Result<GatewayOriginPolicy> fromIni(const QByteArray &ini)
    {
        const QString path = m_dir.filePath(QStringLiteral("quire.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return quire::Error::invalid(QStringLiteral("cannot write the test file"));
        file.write(ini);
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        return GatewayOriginPolicy::fromSettings(settings);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void parsesPatterns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        row("https host", "https://js.stripe.com", "https://js.stripe.com");
        row("case and slash", " HTTPS://JS.Stripe.com/ ", "https://js.stripe.com");
        row("default port", "https://js.stripe.com:443", "https://js.stripe.com");
        row("other port", "https://pay.example.com:8443", "https://pay.example.com:8443");
        row("wildcard", "https://*.hcaptcha.com", "https://*.hcaptcha.com");
        row("loopback any port", "http://127.0.0.1:*", "http://127.0.0.1:*");
        row("localhost", "http://localhost:8080", "http://localhost:8080");
        row("ipv6 loopback", "http://[::1]:*", "http://[::1]:*");
    }
    void parsesPatterns()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        const auto pattern = OriginPattern::parse(text);
        QVERIFY2(pattern.ok(), qPrintable(pattern.ok() ? QString() : pattern.error().message));
        QCOMPARE(pattern->toString(), written);
    }

    void refusesBadPatterns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        row("plain http elsewhere", "http://pay.example.com", "plain http only");
        row("http wildcard", "http://*.example.com", "plain http only");
        row("no scheme", "js.stripe.com", "no scheme");
        row("file", "file:///etc", "only https and http");
        row("data", "data://x", "only https and http");
        row("path", "https://js.stripe.com/v3", "no path");
        row("user", "https://evil@js.stripe.com", "no path");
        row("bare wildcard", "https://*", "'*' only");
        row("top-level wildcard", "https://*.com", "two labels");
        row("inner wildcard", "https://js.*.com", "'*' only");
        row("bad port", "https://js.stripe.com:99999", "port");
        row("empty port", "https://js.stripe.com:", "empty port");
        row("bad host", "https://exa mple.com", "no path");
    }
    void refusesBadPatterns()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        const auto pattern = OriginPattern::parse(text);
        QVERIFY(!pattern.ok());
        QVERIFY2(pattern.error().message.contains(why), qPrintable(pattern.error().message));
        QVERIFY(pattern.error().message.contains(text.trimmed()));
    }

    void matchesOrigins_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("matches");
        const auto row = [](const char *name, const char *pattern, const char *url, bool matches) {
            QTest::newRow(name) << QString::fromLatin1(pattern) << QString::fromLatin1(url)
                                << matches;
        };
        row("exact", "https://js.stripe.com", "https://js.stripe.com/v3/", true);
        row("explicit default port", "https://js.stripe.com", "https://js.stripe.com:443/x", true);
        row("other port", "https://js.stripe.com", "https://js.stripe.com:8443/x", false);
        row("other scheme", "https://js.stripe.com", "http://js.stripe.com/x", false);
        row("suffix trick", "https://js.stripe.com", "https://js.stripe.com.evil.example/", false);
        row("subdomain not exact", "https://js.stripe.com", "https://a.js.stripe.com/", false);
        row("wildcard subdomain", "https://*.hcaptcha.com", "https://newassets.hcaptcha.com/c",
            true);
        row("wildcard deeper", "https://*.hcaptcha.com", "https://a.b.hcaptcha.com/", true);
        row("wildcard not the domain", "https://*.hcaptcha.com", "https://hcaptcha.com/", false);
        row("wildcard lookalike", "https://*.hcaptcha.com", "https://evilhcaptcha.com/", false);
        row("any port", "http://127.0.0.1:*", "http://127.0.0.1:41234/pay", true);
        row("any port, other host", "http://127.0.0.1:*", "http://127.0.0.2:41234/", false);
        row("userinfo trick", "http://127.0.0.1:*", "http://127.0.0.1:1@evil.example/", false);
        row("not a network url", "https://js.stripe.com", "data:text/html,x", false);
    }
    void matchesOrigins()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, url);
        QFETCH(bool, matches);
        QCOMPARE(OriginPattern::parse(pattern).value().matches(QUrl(url)), matches);
    }

    void stripeAndSimulatorPresetsAreTheDocumentedOnes()
    {
        const GatewayOriginPolicy stripe = GatewayOriginPolicy::stripe();
        QCOMPARE(stripe.checkoutOrigins.size(), 1);
        QCOMPARE(stripe.checkoutOrigins.constFirst().toString(),
                 QStringLiteral("https://checkout.stripe.com"));
        QStringList resources;
        for (const OriginPattern &pattern : stripe.resourceOrigins)
            resources << pattern.toString();
        QCOMPARE(resources,
                 QString::fromLatin1(
                     "https://js.stripe.com https://api.stripe.com https://m.stripe.network "
                     "https://m.stripe.com https://q.stripe.com "
                     "https://r.stripe.com https://hooks.stripe.com "
                     "https://b.stripecdn.com https://hcaptcha.com "
                     "https://*.hcaptcha.com")
                     .split(u' '));
        QVERIFY(stripe.frameOrigins.isEmpty());

        const GatewayOriginPolicy simulator = GatewayOriginPolicy::simulator();
        QVERIFY(simulator.resourceOrigins.isEmpty());
        for (const OriginPattern &pattern : simulator.frameOrigins)
            QVERIFY2(OriginPattern::isLoopbackHost(
                         QUrl(pattern.toString().replace(QStringLiteral(":*"), QString())).host()),
                     qPrintable(pattern.toString()));
    }

    void automaticPicksBySelfAndNeverLoopbackForOthers()
    {
        const GatewayOriginPolicy automatic;
        QCOMPARE(automatic.preset, Preset::Automatic);
        QCOMPARE(
            automatic.resolvedFor(QUrl(QStringLiteral("http://127.0.0.1:4000/pay/cs_1"))).preset,
            Preset::Simulator);
        QCOMPARE(automatic.resolvedFor(QUrl(QStringLiteral("http://[::1]:4000/pay/cs_1"))).preset,
                 Preset::Simulator);
        QCOMPARE(automatic.resolvedFor(QUrl(QStringLiteral("https://checkout.stripe.com/c/pay/x")))
                     .preset,
                 Preset::Stripe);
        QCOMPARE(automatic.resolvedFor(QUrl(QStringLiteral("https://pay.example.com/x"))).preset,
                 Preset::Stripe);
        // A named preset is never swapped for another.
        QCOMPARE(GatewayOriginPolicy::stripe()
                     .resolvedFor(QUrl(QStringLiteral("http://127.0.0.1:4000/pay/cs_1")))
                     .preset,
                 Preset::Stripe);
    }

    void readsTheSettingsSection()
    {
        auto none = fromIni("[gateway]\nbaseUrl=https://api.stripe.com\n");
        QVERIFY(none.ok());
        QCOMPARE(none->preset, Preset::Automatic);

        auto stripe = fromIni("[gatewayOrigins]\npreset=Stripe\n");
        QVERIFY(stripe.ok());
        QCOMPARE(stripe->preset, Preset::Stripe);
        QCOMPARE(stripe->resourceOrigins, GatewayOriginPolicy::stripe().resourceOrigins);

        auto narrowed = fromIni("[gatewayOrigins]\npreset=stripe\n"
                                "resources=https://js.stripe.com, https://api.stripe.com\n");
        QVERIFY(narrowed.ok());
        QCOMPARE(narrowed->checkoutOrigins, GatewayOriginPolicy::stripe().checkoutOrigins);
        QCOMPARE(narrowed->resourceOrigins.size(), 2);

        auto custom = fromIni("[gatewayOrigins]\npreset=custom\n"
                              "checkout=https://pay.example.com\n"
                              "resources=https://cdn.example.com\n"
                              "frames=http://127.0.0.1:*\n");
        QVERIFY2(custom.ok(), qPrintable(custom.ok() ? QString() : custom.error().message));
        QCOMPARE(custom->preset, Preset::Custom);
        QCOMPARE(custom->checkoutOrigins.constFirst().toString(),
                 QStringLiteral("https://pay.example.com"));
        QCOMPARE(custom->frameOrigins.constFirst().toString(),
                 QStringLiteral("http://127.0.0.1:*"));
    }

    // The settings file reaches the payment view through CoreOptions.
    void coreOptionsCarryThePolicy()
    {
        const QString path = m_dir.filePath(QStringLiteral("core.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[gatewayOrigins]\npreset=stripe\nresources=https://js.stripe.com\n");
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        const auto options = quire::CoreOptions::fromSettings(settings);
        QVERIFY(options.ok());
        QCOMPARE(options->payments.originPolicy.preset, Preset::Stripe);
        QCOMPARE(options->payments.originPolicy.resourceOrigins.size(), 1);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[gatewayOrigins]\npreset=stripe\nframes=http://acs.example.com\n");
        file.close();
        QSettings bad(path, QSettings::IniFormat);
        const auto refused = quire::CoreOptions::fromSettings(bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"gatewayOrigins/frames"));
        QCOMPARE(quire::CoreOptions().payments.originPolicy.preset, Preset::Automatic);
    }

    void refusesABadSettingsSection_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown preset") << QByteArray("[gatewayOrigins]\npreset=paypal\n")
                                        << QString::fromLatin1("gatewayOrigins/preset");
        QTest::newRow("custom without checkout")
            << QByteArray("[gatewayOrigins]\npreset=custom\nresources=https://a.example.com\n")
            << QString::fromLatin1("gatewayOrigins/checkout");
        QTest::newRow("lists without a preset")
            << QByteArray("[gatewayOrigins]\nresources=https://a.example.com\n")
            << QString::fromLatin1("gatewayOrigins/preset");
        QTest::newRow("plain http frame")
            << QByteArray("[gatewayOrigins]\npreset=stripe\nframes=http://acs.example.com\n")
            << QString::fromLatin1("gatewayOrigins/frames");
        QTest::newRow("bad resource")
            << QByteArray("[gatewayOrigins]\npreset=stripe\nresources=https://*\n")
            << QString::fromLatin1("gatewayOrigins/resources");
    }
    void refusesABadSettingsSection()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, key);
        const auto policy = fromIni(ini);
        QVERIFY(!policy.ok());
        QVERIFY2(policy.error().message.contains(key), qPrintable(policy.error().message));
    }
};

QTEST_APPLESS_MAIN(GatewayOriginPolicyTest)
#include "GatewayOriginPolicyTest.moc"
