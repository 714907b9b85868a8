#include "services/CoreOptions.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

namespace {

Result<CoreOptions> parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    CoreOptions::addTo(parser);
    QStringList all{QStringLiteral("quire")};
    all += arguments;
    if (!parser.parse(CoreOptions::normalizeArguments(all)))
        return Error::invalid(parser.errorText());
    return CoreOptions::from(parser);
}

} // namespace

// Protects: the three ways to run (counter, --kiosk, --demo and
// --demo=ephemeral, combinable) and the kiosk's times, from the command line
// and from the settings file, with the command line winning.
class RunModeOptionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAsTheCounterByDefault()
    {
        const auto options = parse({});
        QVERIFY(options.ok());
        QVERIFY(!options->kiosk);
        QCOMPARE(options->demo, CoreOptions::Demo::Off);
        QCOMPARE(options->kioskSettings.idleSeconds, 60);
        QVERIFY(options->kioskSettings.paymentIdleSeconds > options->kioskSettings.idleSeconds);
    }

    void combinesKioskAndDemo()
    {
        const auto options = parse({QStringLiteral("--kiosk"), QStringLiteral("--demo")});
        QVERIFY(options.ok());
        QVERIFY(options->kiosk);
        QCOMPARE(options->demo, CoreOptions::Demo::Persistent);
    }

    void takesAnEphemeralDemo()
    {
        const auto options = parse({QStringLiteral("--demo=ephemeral")});
        QVERIFY2(options.ok(), qPrintable(options.ok() ? QString() : options.error().message));
        QCOMPARE(options->demo, CoreOptions::Demo::Ephemeral);
        QVERIFY(!parse({QStringLiteral("--demo=sometimes")}).ok());
    }

    void readsKioskTimes()
    {
        const auto options = parse({QStringLiteral("--kiosk-idle"), QStringLiteral("5"),
                                    QStringLiteral("--kiosk-payment-idle=9"),
                                    QStringLiteral("--kiosk-countdown"), QStringLiteral("3")});
        QVERIFY(options.ok());
        QCOMPARE(options->kioskSettings.idleSeconds, 5);
        QCOMPARE(options->kioskSettings.paymentIdleSeconds, 9);
        QCOMPARE(options->kioskSettings.countdownSeconds, 3);
        QVERIFY(!parse({QStringLiteral("--kiosk-idle"), QStringLiteral("0")}).ok());
        QVERIFY(!parse({QStringLiteral("--kiosk-idle"), QStringLiteral("soon")}).ok());
    }

    void readsTheModeFromTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("quire.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("mode/kiosk"), true);
            settings.setValue(QStringLiteral("mode/demo"), QStringLiteral("ephemeral"));
            settings.setValue(QStringLiteral("kiosk/idleSeconds"), 45);
        }
        auto options = parse({QStringLiteral("--config"), file});
        QVERIFY(options.ok());
        QVERIFY(options->kiosk);
        QCOMPARE(options->demo, CoreOptions::Demo::Ephemeral);
        QCOMPARE(options->kioskSettings.idleSeconds, 45);

        // The command line wins.
        options = parse({QStringLiteral("--config"), file, QStringLiteral("--kiosk-idle=30"),
                         QStringLiteral("--demo-storage=persistent")});
        QVERIFY(options.ok());
        QCOMPARE(options->kioskSettings.idleSeconds, 30);
        QCOMPARE(options->demo, CoreOptions::Demo::Persistent);

        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("mode/demo"), QStringLiteral("maybe"));
        }
        QVERIFY(!parse({QStringLiteral("--config"), file}).ok());
    }

    void readsHowTheKioskGreetsEachCustomer()
    {
        QVERIFY(!parse({}).value().kioskSettings.largeText);
        QVERIFY(!parse({}).value().kioskSettings.highContrast);
        QVERIFY(!parse({}).value().kioskSettings.speech);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("quire.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("kiosk/largeText"), QStringLiteral("yes"));
            settings.setValue(QStringLiteral("kiosk/highContrast"), QStringLiteral("off"));
            settings.setValue(QStringLiteral("kiosk/speech"), QStringLiteral("on"));
        }
        auto options = parse({QStringLiteral("--config"), file});
        QVERIFY(options.ok());
        QVERIFY(options->kioskSettings.largeText);
        QVERIFY(!options->kioskSettings.highContrast);
        QVERIFY(options->kioskSettings.speech);

        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("kiosk/speech"), QStringLiteral("loud"));
        }
        options = parse({QStringLiteral("--config"), file});
        QVERIFY(!options.ok());
        QVERIFY2(options.error().message.contains(u"kiosk/speech"),
                 qPrintable(options.error().message));
    }
};

QTEST_GUILESS_MAIN(RunModeOptionsTest)
#include "RunModeOptionsTest.moc"
