#include "services/StoreSettings.h"

#include "services/CoreOptions.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

// Protects: the seller's details on every receipt come from `[store]`; a
// VAT number not of its country's form (DE, FR, GB and other EU forms), a
// malformed tax number, an empty name or an unknown paper stop the start
// with an error that names the key.
class StoreSettingsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Result<CoreOptions> load(const QString &ini)
    {
        const QString path = m_dir.filePath(QStringLiteral("quire.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::invalid(QStringLiteral("cannot write %1").arg(path));
        file.write(ini.toUtf8());
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        return CoreOptions::fromSettings(settings);
    }

private Q_SLOTS:
    void readsTheSellersDetails()
    {
        auto options = load(QStringLiteral("[store]\n"
                                           "name = Buchhandlung Seitenweise\n"
                                           "address = Hauptstraße 1, 10115 Berlin\n"
                                           "vatNumber = de 123 456 789\n"
                                           "taxNumber = 30/123/45678\n"
                                           "receiptPaper = 80mm\n"));
        QVERIFY2(options.ok(), qPrintable(options.ok() ? QString() : options.error().message));
        const StoreSettings &store = options->store;
        QCOMPARE(store.name, QStringLiteral("Buchhandlung Seitenweise"));
        QCOMPARE(store.address,
                 QStringList({QStringLiteral("Hauptstraße 1"), QStringLiteral("10115 Berlin")}));
        QCOMPARE(store.vatNumber, QStringLiteral("DE123456789"));
        QCOMPARE(store.taxNumber, QStringLiteral("30/123/45678"));
        QCOMPARE(store.receiptPaper, StoreSettings::Paper::Receipt80mm);
        QVERIFY(!store.hasFooter);
    }

    void vatNumbersHaveTheirCountrysForm_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("DE") << "DE123456789" << true;
        QTest::newRow("DE short") << "DE12345678" << false;
        QTest::newRow("DE letters") << "DE12345678X" << false;
        QTest::newRow("FR") << "FR40303265045" << true;
        QTest::newRow("FR letter key") << "FRXA303265045" << true;
        QTest::newRow("FR short") << "FR4030326504" << false;
        QTest::newRow("GB") << "GB123456789" << true;
        QTest::newRow("GB branch") << "GB123456789012" << true;
        QTest::newRow("GB government") << "GBGD123" << true;
        QTest::newRow("GB ten digits") << "GB1234567890" << false;
        QTest::newRow("AT") << "ATU12345678" << true;
        QTest::newRow("no country") << "123456789" << false;
    }
    void vatNumbersHaveTheirCountrysForm()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(StoreSettings::vatNumberProblem(number).isEmpty(), valid);
    }

    void badValuesNameTheKey_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("key");
        QTest::newRow("VAT") << "[store]\nvatNumber = DE12345\n"
                             << "store/vatNumber";
        QTest::newRow("VAT of GB") << "[store]\nvatNumber = GB12\n"
                                   << "store/vatNumber";
        QTest::newRow("tax number") << "[store]\ntaxNumber = ?\n"
                                    << "store/taxNumber";
        QTest::newRow("name") << "[store]\nname =\n"
                              << "store/name";
        QTest::newRow("paper") << "[store]\nreceiptPaper = A5\n"
                               << "store/receiptPaper";
    }
    void badValuesNameTheKey()
    {
        QFETCH(QString, ini);
        QFETCH(QString, key);
        auto options = load(ini);
        QVERIFY(!options.ok());
        QVERIFY2(options.error().message.contains(key), qPrintable(options.error().message));
    }
};

QTEST_GUILESS_MAIN(StoreSettingsTest)
#include "StoreSettingsTest.moc"
