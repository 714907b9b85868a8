#include "domain/Money.h"

#include "TestPrinters.h"

#include <QTest>
#include <limits>

using quire::Money;

// Protects: money is exact integer minor units, currencies never mix, and the
// display follows the locale.
class MoneyTest : public QObject
{
    Q_OBJECT

private:
    static Money eur(qint64 cents) { return *Money::fromMinorUnits(cents, QStringLiteral("EUR")); }

private Q_SLOTS:
    void rejectsInvalidCurrencyCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("lowercase") << QStringLiteral("eur");
        QTest::newRow("too long") << QStringLiteral("EURO");
        QTest::newRow("digits") << QStringLiteral("E1R");
    }
    void rejectsInvalidCurrencyCodes()
    {
        QFETCH(QString, code);
        const auto money = Money::fromMinorUnits(100, code);
        QVERIFY(!money.ok());
        QCOMPARE(money.error().kind, quire::ErrorKind::Invalid);
    }

    void addsAndSubtractsExactly()
    {
        // 0.1 + 0.2 is the classic floating-point trap.
        const auto sum = eur(10).plus(eur(20));
        QVERIFY(sum.ok());
        QCOMPARE(sum->minorUnits(), 30);
        const auto difference = eur(10).minus(eur(25));
        QVERIFY(difference.ok());
        QCOMPARE(difference->minorUnits(), -15);
        QVERIFY(difference->isNegative());
        const auto product = eur(1999).times(3);
        QVERIFY(product.ok());
        QCOMPARE(product->minorUnits(), 5997);
    }

    void refusesMixedCurrencies()
    {
        const auto usd = *Money::fromMinorUnits(100, QStringLiteral("USD"));
        const auto sum = eur(100).plus(usd);
        QVERIFY(!sum.ok());
        QVERIFY(sum.error().message.contains(QStringLiteral("EUR")));
        QVERIFY(sum.error().message.contains(QStringLiteral("USD")));
        QVERIFY(!eur(100).minus(usd).ok());
        QVERIFY(!Money().plus(eur(1)).ok());
    }

    void reportsOverflow()
    {
        const auto max = eur(std::numeric_limits<qint64>::max());
        QVERIFY(!max.plus(eur(1)).ok());
        QVERIFY(!max.times(2).ok());
        QVERIFY(!eur(std::numeric_limits<qint64>::min()).minus(eur(1)).ok());
    }

    void sumsAListOfOneCurrency()
    {
        const auto total = Money::sum({eur(1999), eur(1), eur(-500)});
        QVERIFY(total.ok());
        QCOMPARE(*total, eur(1500));
        QVERIFY(Money::sum({}).ok());
        QVERIFY(!Money::sum({})->isValid()); // nothing: no currency either
        QCOMPARE(*Money::sum({eur(7)}), eur(7));
        const auto usd = *Money::fromMinorUnits(100, QStringLiteral("USD"));
        QVERIFY(!Money::sum({eur(1), usd}).ok());
        QVERIFY(!Money::sum({Money()}).ok());
        QVERIFY(!Money::sum({eur(std::numeric_limits<qint64>::max()), eur(1)}).ok());
    }

    void knowsMinorUnitExponents()
    {
        QCOMPARE(Money::fractionDigits(QStringLiteral("EUR")), 2);
        QCOMPARE(Money::fractionDigits(QStringLiteral("JPY")), 0);
        QCOMPARE(Money::fractionDigits(QStringLiteral("KWD")), 3);
    }

    void formatsForLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");

        QTest::newRow("en_US USD")
            << "en_US" << qint64(123450) << "USD" << QStringLiteral("$1,234.50");
        QTest::newRow("en_US EUR") << "en_US" << qint64(999) << "EUR" << QStringLiteral("€9.99");
        // en_US writes negative amounts the accountant's way.
        QTest::newRow("en_US negative")
            << "en_US" << qint64(-5) << "USD" << QStringLiteral("($0.05)");
        QTest::newRow("de_DE EUR")
            << "de_DE" << qint64(123450) << "EUR" << QStringLiteral("1.234,50\u00a0€");
        QTest::newRow("de_DE negative")
            << "de_DE" << qint64(-1999) << "EUR" << QStringLiteral("-19,99\u00a0€");
        QTest::newRow("fr_FR EUR")
            << "fr_FR" << qint64(123450) << "EUR" << QStringLiteral("1\u202f234,50\u00a0€");
        QTest::newRow("ja_JP JPY") << "ja_JP" << qint64(1500) << "JPY" << QStringLiteral("￥1,500");
        // No English locale uses the dinar: show the ISO code, not Arabic script.
        QTest::newRow("en_US KWD")
            << "en_US" << qint64(1234) << "KWD" << QStringLiteral("KWD1.234");
        QTest::newRow("de_DE USD")
            << "de_DE" << qint64(1099) << "USD" << QStringLiteral("10,99\u00a0USD");
    }
    void formatsForLocale()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minorUnits);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        const auto money = Money::fromMinorUnits(minorUnits, currency);
        QVERIFY(money.ok());
        QCOMPARE(money->toString(QLocale(locale)), expected);
    }

    void formatsTheExtremesWithoutOverflow()
    {
        const auto min = eur(std::numeric_limits<qint64>::min());
        QCOMPARE(min.toString(QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("(€92,233,720,368,547,758.08)"));
    }
};

QTEST_GUILESS_MAIN(MoneyTest)
#include "MoneyTest.moc"
