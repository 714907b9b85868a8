#include "services/DisplaySettings.h"

#include "TestPrinters.h"
#include "services/CoreOptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

namespace {

constexpr int kNone = -1; // no screen chosen

} // namespace

// Protects: `[display] customerScreen` (docs/customer-display.md) as a store
// writes it in the settings file: auto, off or a screen number, anything
// else refused at start-up with the key named; and which screen the
// customer display then takes for a given list of screens, the counter's
// window being on one of them.
class DisplaySettingsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Result<CoreOptions> parseIni(const QByteArray &ini)
    {
        const QString path = m_dir.filePath(QStringLiteral("quire.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ini) != ini.size())
            return Error::invalid(QStringLiteral("cannot write %1").arg(path));
        file.close();
        QCommandLineParser parser;
        CoreOptions::addTo(parser);
        if (!parser.parse({QStringLiteral("quire"), QStringLiteral("--config"), path}))
            return Error::invalid(parser.errorText());
        return CoreOptions::from(parser);
    }

    static DisplaySettings on(DisplaySettings::Placement placement, int index = -1)
    {
        DisplaySettings settings;
        settings.placement = placement;
        settings.screenIndex = index;
        return settings;
    }

private Q_SLOTS:
    void readsTheDisplaySection()
    {
        auto none = parseIni("[database]\npath=/tmp/x.db\n");
        QVERIFY(none.ok());
        QCOMPARE(none->display.placement, DisplaySettings::Placement::Auto);

        auto automatic = parseIni("[display]\ncustomerScreen = Auto\n");
        QVERIFY(automatic.ok());
        QCOMPARE(automatic->display.placement, DisplaySettings::Placement::Auto);

        auto off = parseIni("[display]\ncustomerScreen = off\n");
        QVERIFY(off.ok());
        QCOMPARE(off->display.placement, DisplaySettings::Placement::Off);

        auto second = parseIni("[display]\ncustomerScreen = 1\n");
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
        QCOMPARE(second->display.placement, DisplaySettings::Placement::Screen);
        QCOMPARE(second->display.screenIndex, 1);
    }

    void refusesABadDisplaySection_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("named");
        QTest::newRow("word") << QByteArray("[display]\ncustomerScreen = second\n")
                              << "display/customerScreen";
        QTest::newRow("negative") << QByteArray("[display]\ncustomerScreen = -1\n")
                                  << "display/customerScreen";
        QTest::newRow("too many") << QByteArray("[display]\ncustomerScreen = 99\n")
                                  << "display/customerScreen";
        QTest::newRow("empty") << QByteArray("[display]\ncustomerScreen =\n")
                               << "display/customerScreen";
        QTest::newRow("unknown key")
            << QByteArray("[display]\ncustomer_screen = off\n") << "display/customer_screen";
    }
    void refusesABadDisplaySection()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, named);
        auto options = parseIni(ini);
        QVERIFY(!options.ok());
        QCOMPARE(options.error().kind, ErrorKind::Invalid);
        QVERIFY2(options.error().message.contains(named), qPrintable(options.error().message));
    }

    void autoTakesAScreenOtherThanTheCounters()
    {
        const DisplaySettings automatic = on(DisplaySettings::Placement::Auto);
        QCOMPARE(automatic.chooseScreen(1, 0).value_or(kNone), kNone); // one screen: no display
        QCOMPARE(automatic.chooseScreen(2, 0).value_or(kNone), 1);
        QCOMPARE(automatic.chooseScreen(2, 1).value_or(kNone), 0);
        QCOMPARE(automatic.chooseScreen(3, 0).value_or(kNone), 1);
        QCOMPARE(automatic.chooseScreen(3, 1).value_or(kNone), 0);
        QCOMPARE(automatic.chooseScreen(0, -1).value_or(kNone), kNone);
    }

    void aChosenScreenIsTakenWhileItIsConnected()
    {
        const DisplaySettings third = on(DisplaySettings::Placement::Screen, 2);
        QCOMPARE(third.chooseScreen(3, 0).value_or(kNone), 2);
        QCOMPARE(third.chooseScreen(2, 0).value_or(kNone),
                 kNone); // unplugged: none until it is back
        // Chosen outright, even the counter's own screen (a store's choice).
        QCOMPARE(on(DisplaySettings::Placement::Screen, 0).chooseScreen(2, 0).value_or(kNone), 0);
        QCOMPARE(on(DisplaySettings::Placement::Off).chooseScreen(3, 0).value_or(kNone), kNone);
    }
};

QTEST_GUILESS_MAIN(DisplaySettingsTest)
#include "DisplaySettingsTest.moc"
