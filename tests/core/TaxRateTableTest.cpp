#include "domain/TaxRateTable.h"

#include "TestPrinters.h"
#include "domain/TaxPricing.h"

#include <QTest>

using namespace quire;

// Protects: tax rates are exact integers (5.5 % is 5500 millipercent, never a
// double), each valid from a date, so a sale takes the rate of its own day.
class TaxRateTableTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPercentTextExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("millipercent");
        QTest::newRow("19") << "19" << 19000;
        QTest::newRow("5.5") << "5.5" << 5500;
        QTest::newRow("8.875 %") << "8.875 %" << 8875;
        QTest::newRow("0") << "0" << 0;
        QTest::newRow("100") << "100" << 100000;
        QTest::newRow("0.001") << "0.001" << 1;
    }
    void readsPercentTextExactly()
    {
        QFETCH(QString, text);
        QFETCH(int, millipercent);
        auto rate = TaxRate::fromPercentText(text);
        QVERIFY(rate.ok());
        QCOMPARE(rate->millipercent, millipercent);
    }

    void refusesWhatIsNoRate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("comma") << "5,5";
        QTest::newRow("four decimals") << "5.5555";
        QTest::newRow("negative") << "-7";
        QTest::newRow("over 100") << "100.5";
        QTest::newRow("word") << "seven";
    }
    void refusesWhatIsNoRate()
    {
        QFETCH(QString, text);
        auto rate = TaxRate::fromPercentText(text);
        QVERIFY(!rate.ok());
        QCOMPARE(rate.error().kind, ErrorKind::Invalid);
    }

    void showsRatesInTheLocale()
    {
        QCOMPARE(TaxRate{5500}.toPercentText(QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("5,5\u00a0%"));
        QCOMPARE(TaxRate{19000}.toPercentText(QLocale::c()), QStringLiteral("19\u00a0%"));
        QCOMPARE(TaxRate{8875}.toPercentText(QLocale::c()), QStringLiteral("8.875\u00a0%"));
    }

    void takesTheRateOfTheDay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("reduced");
        QTest::addColumn<int>("standard");
        QTest::newRow("2019") << QDate(2019, 12, 31) << 7000 << 19000;
        QTest::newRow("cut begins") << QDate(2020, 7, 1) << 5000 << 16000;
        QTest::newRow("last day of the cut") << QDate(2020, 12, 31) << 5000 << 16000;
        QTest::newRow("back") << QDate(2021, 1, 1) << 7000 << 19000;
        QTest::newRow("today") << QDate(2026, 12, 4) << 7000 << 19000;
    }
    void takesTheRateOfTheDay()
    {
        QFETCH(QDate, day);
        QFETCH(int, reduced);
        QFETCH(int, standard);
        auto de = TaxRateTable::preset(QStringLiteral("de"));
        QVERIFY(de.ok());
        QCOMPARE(de->rateOn(TaxCategory::Reduced, day)->millipercent, reduced);
        QCOMPARE(de->rateOn(TaxCategory::Standard, day)->millipercent, standard);
        QCOMPARE(de->rateOn(TaxCategory::Zero, day)->millipercent, 0);
        QCOMPARE(de->rateOn(TaxCategory::Exempt, day)->millipercent, 0);
    }

    void presetsOfTheStoreCountries()
    {
        auto fr = TaxRateTable::preset(QStringLiteral("FR"));
        QVERIFY(fr.ok());
        QCOMPARE(fr->rateOn(TaxCategory::Reduced, QDate(2026, 1, 1))->millipercent, 5500);
        QCOMPARE(fr->rateOn(TaxCategory::Standard, QDate(2026, 1, 1))->millipercent, 20000);
        auto uk = TaxRateTable::preset(QStringLiteral("uk"));
        QVERIFY(uk.ok());
        QCOMPARE(uk->rateOn(TaxCategory::Reduced, QDate(2026, 1, 1))->millipercent, 0);
        QCOMPARE(uk->rateOn(TaxCategory::Standard, QDate(2026, 1, 1))->millipercent, 20000);
        auto us = TaxRateTable::preset(QStringLiteral("us"));
        QVERIFY(!us.ok()); // sales tax depends on the state and city: no preset
        QVERIFY(us.error().message.contains(QStringLiteral("de, fr, uk")));
    }

    void refusesRatesThatCannotBe()
    {
        TaxRateTable table;
        QVERIFY(table.add(TaxCategory::Reduced, TaxRate{7000}, QDate(2024, 1, 1)).ok());
        QCOMPARE(table.add(TaxCategory::Reduced, TaxRate{5000}, QDate(2024, 1, 1)).error().kind,
                 ErrorKind::Conflict);
        QVERIFY(!table.add(TaxCategory::Zero, TaxRate{1000}).ok());
        QVERIFY(!table.add(TaxCategory::Exempt, TaxRate{0}).ok());
        QVERIFY(!table.add(TaxCategory::Standard, TaxRate{100001}).ok());
        QVERIFY(!table.add(TaxCategory::Standard, TaxRate{19000}, QDate()).ok());
        // Before the first rate there is none.
        auto before = table.rateOn(TaxCategory::Reduced, QDate(2023, 12, 31));
        QVERIFY(!before.ok());
        QCOMPARE(before.error().kind, ErrorKind::NotFound);
        QVERIFY(!table.rateOn(TaxCategory::Standard, QDate(2025, 1, 1)).ok());
    }

    void categoriesHaveDatabaseWordsAndLetters()
    {
        QStringList letters;
        for (TaxCategory category : allTaxCategories()) {
            QCOMPARE(taxCategoryFromDatabaseText(toDatabaseText(category)), category);
            letters.append(receiptLetter(category));
        }
        QCOMPARE(letters, (QStringList{QStringLiteral("A"), QStringLiteral("B"),
                                       QStringLiteral("C"), QStringLiteral("D")}));
        QCOMPARE(toDatabaseText(TaxCategory::Reduced), QStringLiteral("reduced"));
        QVERIFY(!taxCategoryFromDatabaseText(QStringLiteral("Reduced")));
        QCOMPARE(taxPricingFromDatabaseText(QStringLiteral("exclusive")), TaxPricing::Exclusive);
        QVERIFY(!taxPricingFromDatabaseText(QStringLiteral("net")));
    }
};

QTEST_GUILESS_MAIN(TaxRateTableTest)
#include "TaxRateTableTest.moc"
