#include "services/CoreOptions.h"

#include "TestPrinters.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

// Protects: the database options a multi-terminal store needs. --db takes a
// path or a URL, the password comes only from a file or the environment
// (never an option value), and a terminal id is checked before use.
class CoreOptionsTest : public QObject
{
    Q_OBJECT

    static Result<CoreOptions> parse(const QStringList &arguments)
    {
        QCommandLineParser parser;
        CoreOptions::addTo(parser);
        if (!parser.parse(QStringList{QStringLiteral("quire")} + arguments))
            return Error::invalid(parser.errorText());
        return CoreOptions::from(parser);
    }

private Q_SLOTS:
    void takesAPostgresUrlAndAPasswordFile()
    {
        QTemporaryDir dir;
        const QString passwordFile = dir.filePath(QStringLiteral("pw"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("s3cret pass\n");
        file.close();

        qunsetenv("QUIRE_DB_PASSWORD");
        auto options
            = parse({QStringLiteral("--db"), QStringLiteral("postgresql://quire@db.lan:5432/shop"),
                     QStringLiteral("--db-password-file"), passwordFile,
                     QStringLiteral("--terminal-id"), QStringLiteral("kiosk-2")});
        QVERIFY2(options.ok(), qPrintable(options.ok() ? QString() : options.error().message));
        QCOMPARE(options->databasePath, QStringLiteral("postgresql://quire@db.lan:5432/shop"));
        QCOMPARE(options->terminalId, QStringLiteral("kiosk-2"));
        const auto password = options->databasePassword();
        QVERIFY(password.ok());
        QCOMPARE(*password, QStringLiteral("s3cret pass")); // the newline is not part of it
    }

    void fallsBackToTheEnvironmentForThePassword()
    {
        qputenv("QUIRE_DB_PASSWORD", "from-env");
        auto options = parse({QStringLiteral("--db"), QStringLiteral("/tmp/quire.sqlite")});
        QVERIFY(options.ok());
        QCOMPARE(options->terminalId, QStringLiteral("counter-1"));
        QCOMPARE(*options->databasePassword(), QStringLiteral("from-env"));
        qunsetenv("QUIRE_DB_PASSWORD");
        QCOMPARE(*options->databasePassword(), QString());
    }

    void anUnreadablePasswordFileIsAnError()
    {
        auto options = parse(
            {QStringLiteral("--db-password-file"), QStringLiteral("/nonexistent/quire-password")});
        QVERIFY(options.ok());
        const auto password = options->databasePassword();
        QVERIFY(!password.ok());
        QVERIFY(password.error().message.contains(QStringLiteral("/nonexistent/quire-password")));
    }

    void refusesABadTerminalId()
    {
        for (const char *bad : {"", "has space", "semi;colon", "-leading-dash"}) {
            auto options = parse({QStringLiteral("--terminal-id"), QString::fromLatin1(bad)});
            QVERIFY2(!options.ok(), bad);
            QVERIFY(options.error().message.contains(QStringLiteral("--terminal-id")));
        }
    }

    void readsTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quire.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("database/path"),
                              QStringLiteral("postgresql://quire@db.lan/shop"));
            settings.setValue(QStringLiteral("database/passwordFile"), QStringLiteral("/etc/pw"));
            settings.setValue(QStringLiteral("terminal/id"), QStringLiteral("counter-3"));
        }
        auto options = parse({QStringLiteral("--config"), path});
        QVERIFY2(options.ok(), qPrintable(options.ok() ? QString() : options.error().message));
        QCOMPARE(options->databasePath, QStringLiteral("postgresql://quire@db.lan/shop"));
        QCOMPARE(options->databasePasswordFile, QStringLiteral("/etc/pw"));
        QCOMPARE(options->terminalId, QStringLiteral("counter-3"));
    }

    // Protects (issue 14): every terminal of a store can be pointed at the
    // store's PIN pepper file, from the settings file or the command line
    // (which wins); without either, the default path is used (empty).
    void readsThePepperFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quire.ini"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[auth]\npepperFile=/etc/quire/pin-pepper\n");
        }
        auto fromFile = parse({QStringLiteral("--config"), path});
        QVERIFY2(fromFile.ok(), qPrintable(fromFile.ok() ? QString() : fromFile.error().message));
        QCOMPARE(fromFile->pepperFile, QStringLiteral("/etc/quire/pin-pepper"));

        auto overridden = parse({QStringLiteral("--config"), path, QStringLiteral("--pepper-file"),
                                 QStringLiteral("/srv/quire/pin-pepper")});
        QVERIFY(overridden.ok());
        QCOMPARE(overridden->pepperFile, QStringLiteral("/srv/quire/pin-pepper"));

        auto byDefault = parse({});
        QVERIFY(byDefault.ok());
        QCOMPARE(byDefault->pepperFile, QString());
    }

    // Protects: [callbacks] trustedProxies names the reverse proxies whose
    // X-Forwarded-For counts for the per-client cap; a wrong entry is an
    // error naming the key, not silently no proxy.
    void readsTheTrustedProxies()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quire.ini"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[callbacks]\nlisten=127.0.0.1:8787\ntrustedProxies=127.0.0.1, ::1\n");
        }
        auto options = parse({QStringLiteral("--config"), path});
        QVERIFY2(options.ok(), qPrintable(options.ok() ? QString() : options.error().message));
        QCOMPARE(options->callbackLimits.trustedProxies,
                 (QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1")),
                                      QHostAddress(QStringLiteral("::1"))}));

        const QString bad = dir.filePath(QStringLiteral("bad.ini"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[callbacks]\ntrustedProxies=nginx.local\n");
        }
        auto refused = parse({QStringLiteral("--config"), bad});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("callbacks/trustedProxies")),
                 qPrintable(refused.error().message));
    }
    // Issue 16: the store's tax rules from the [tax] section.
    static Result<CoreOptions> parseIni(const QByteArray &ini)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quire.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ini) != ini.size())
            return Error::invalid(QStringLiteral("cannot write %1").arg(path));
        file.close();
        return parse({QStringLiteral("--config"), path});
    }

    void readsTheTaxSection()
    {
        auto none = parseIni("[database]\npath=/tmp/x.db\n");
        QVERIFY(none.ok());
        QVERIFY(!none->tax); // the stored rules stay as they are

        auto fr = parseIni("[tax]\ncountry = fr\n");
        QVERIFY2(fr.ok(), qPrintable(fr.ok() ? QString() : fr.error().message));
        QVERIFY(fr->tax);
        QCOMPARE(fr->tax->pricing, TaxPricing::Inclusive);
        QCOMPARE(fr->tax->rates, *TaxRateTable::preset(QStringLiteral("fr")));

        auto changing = parseIni("[tax]\ncountry = de\nreduced = 7\n"
                                 "standard = 19, 20 from 2027-01-01\n");
        QVERIFY2(changing.ok(), qPrintable(changing.ok() ? QString() : changing.error().message));
        const TaxRateTable &rates = changing->tax->rates;
        QCOMPARE(rates.rateOn(TaxCategory::Standard, QDate(2026, 12, 31))->millipercent, 19000);
        QCOMPARE(rates.rateOn(TaxCategory::Standard, QDate(2027, 1, 1))->millipercent, 20000);
        // The rates given replace the preset's of their category (the 2020
        // cut included); the other category keeps the preset's.
        QCOMPARE(rates.rateOn(TaxCategory::Reduced, QDate(2020, 8, 1))->millipercent, 7000);
        QCOMPARE(rates.rateOn(TaxCategory::Standard, QDate(2020, 8, 1))->millipercent, 19000);

        auto us = parseIni("[tax]\ncountry = us\nreduced = 0\nstandard = 8.875\n");
        QVERIFY2(us.ok(), qPrintable(us.ok() ? QString() : us.error().message));
        QCOMPARE(us->tax->pricing, TaxPricing::Exclusive);
        QCOMPARE(us->tax->rates.rateOn(TaxCategory::Standard, QDate(2026, 1, 1))->millipercent,
                 8875);
        auto ukExclusive = parseIni("[tax]\ncountry = uk\npricing = exclusive\n");
        QVERIFY(ukExclusive.ok());
        QCOMPARE(ukExclusive->tax->pricing, TaxPricing::Exclusive);
    }

    void refusesABadTaxSection_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("named");
        QTest::newRow("us without rates") << QByteArray("[tax]\ncountry = us\n") << "tax/reduced";
        QTest::newRow("unknown country") << QByteArray("[tax]\ncountry = xx\n") << "tax/country";
        QTest::newRow("pricing") << QByteArray("[tax]\npricing = net\n") << "tax/pricing";
        QTest::newRow("rate") << QByteArray("[tax]\nreduced = seven\n") << "tax/reduced";
        QTest::newRow("comma decimal") << QByteArray("[tax]\nreduced = \"5,5\"\n") << "tax/reduced";
        QTest::newRow("two without dates")
            << QByteArray("[tax]\nstandard = 19, 20\n") << "tax/standard";
        QTest::newRow("no rate from the start")
            << QByteArray("[tax]\nstandard = 20 from 2027-01-01\n") << "tax/standard";
        QTest::newRow("bad date") << QByteArray("[tax]\nstandard = 19, 20 from 2027-02-30\n")
                                  << "tax/standard";
        QTest::newRow("unknown key") << QByteArray("[tax]\nrate = 7\n") << "tax/rate";
    }
    void refusesABadTaxSection()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, named);
        auto options = parseIni(ini);
        QVERIFY(!options.ok());
        QCOMPARE(options.error().kind, ErrorKind::Invalid);
        QVERIFY2(options.error().message.contains(named), qPrintable(options.error().message));
    }
};

QTEST_GUILESS_MAIN(CoreOptionsTest)
#include "CoreOptionsTest.moc"
