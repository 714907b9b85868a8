#include "domain/DiscountCalculator.h"

#include "TestPrinters.h"
#include "domain/BookPriceLaw.h"
#include "domain/TaxCalculator.h"
#include "services/DiscountPolicy.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

Q_DECLARE_METATYPE(quire::BookPriceLaw)
Q_DECLARE_METATYPE(quire::PriceLawException)

namespace {

Money eur(qint64 cents)
{
    return *Money::fromMinorUnits(cents, QStringLiteral("EUR"));
}

TaxRate percent(const char *text)
{
    return *TaxRate::fromPercentText(QString::fromLatin1(text));
}

} // namespace

// Protects the arithmetic of discounts (docs/tax.md, "Discounts"): percent
// in basis points rounded once per line, an order discount spread by largest
// remainder so the shares add up to it exactly, the tax computed on the
// discounted amounts with per-rate rows that add up to the total, refunds of
// a discounted line adding up to what it charged, the book-price laws and the
// [discounts] policy's settings.
class DiscountCalculatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discountOfALine_data()
    {
        QTest::addColumn<qint64>("base");
        QTest::addColumn<bool>("isPercent");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("10 % of 12.99") << qint64(1299) << true << qint64(1000) << qint64(130);
        QTest::newRow("half a cent rounds up")
            << qint64(1250) << true << qint64(1004) << qint64(126); // 125.5
        QTest::newRow("just below half")
            << qint64(1249) << true << qint64(1004) << qint64(125); // 125.3996
        QTest::newRow("12.5 % of 3 x 8.99")
            << qint64(2697) << true << qint64(1250) << qint64(337); // 337.125
        QTest::newRow("100 %") << qint64(899) << true << qint64(10000) << qint64(899);
        QTest::newRow("0 %") << qint64(899) << true << qint64(0) << qint64(0);
        QTest::newRow("amount") << qint64(899) << false << qint64(100) << qint64(100);
        QTest::newRow("amount is the price") << qint64(899) << false << qint64(899) << qint64(899);
    }
    void discountOfALine()
    {
        QFETCH(qint64, base);
        QFETCH(bool, isPercent);
        QFETCH(qint64, value);
        QFETCH(qint64, expected);
        const Discount discount = isPercent ? Discount::percent(value, QStringLiteral("test"))
                                            : Discount::off(eur(value), QStringLiteral("test"));
        const auto off = DiscountCalculator::discountOf(base, QStringLiteral("EUR"), discount);
        QVERIFY2(off.ok(), qPrintable(off.ok() ? QString() : off.error().message));
        QCOMPARE(*off, expected);
    }

    void refusesDiscountsThatDoNotFit()
    {
        const QString currency = QStringLiteral("EUR");
        QVERIFY(!DiscountCalculator::discountOf(899, currency, Discount::percent(10001, {})).ok());
        QVERIFY(!DiscountCalculator::discountOf(899, currency, Discount::percent(-1, {})).ok());
        QVERIFY(!DiscountCalculator::discountOf(899, currency, Discount::off(eur(900), {})).ok());
        QVERIFY(!DiscountCalculator::discountOf(
                     899, currency,
                     Discount::off(*Money::fromMinorUnits(100, QStringLiteral("CHF")), {}))
                     .ok());
        // No eligible line: nothing to spread an order discount over.
        QVERIFY(!DiscountCalculator::spread({899, 350}, {false, false}, currency,
                                            Discount::percent(1000, {}))
                     .ok());
    }

    // A German mixed cart, 10 % off the order: worked out by hand in docs/tax.md.
    void mixedRateOrderDiscountByHand()
    {
        const auto shares = DiscountCalculator::spread(
            {1299, 350}, {true, true}, QStringLiteral("EUR"), Discount::percent(1000, {}));
        QVERIFY(shares.ok());
        // 10 % of 16.49 is 164.9 -> 1.65; 165 * 1299 / 1649 = 129.98, 165 * 350 / 1649 =
        // 35.02: 129 + 35, the cent left goes to the larger remainder (the book's).
        QCOMPARE(*shares, QList<qint64>({130, 35}));
        const auto totals
            = TaxCalculator::totals({{TaxCategory::Reduced, percent("7"), eur(1299 - 130)},
                                     {TaxCategory::Standard, percent("19"), eur(350 - 35)}},
                                    TaxPricing::Inclusive);
        QVERIFY(totals.ok());
        QCOMPARE(totals->size(), 2);
        // A 19 %: 3.15 holds 0.50; B 7 %: 11.69 holds 0.76.
        QCOMPARE(totals->at(0).gross, eur(315));
        QCOMPARE(totals->at(0).tax, eur(50));
        QCOMPARE(totals->at(1).gross, eur(1169));
        QCOMPARE(totals->at(1).tax, eur(76));
        QCOMPARE(*TaxCalculator::grossTotal(*totals), eur(1484));
    }

    // Many mixed-rate carts with an order discount: the shares add up to
    // the discount, every rate row holds net + tax = gross, and the rows add
    // up to the lines' charged total to the cent.
    void mixedRateOrderDiscountsAddUp_data()
    {
        QTest::addColumn<QList<qint64>>("bases");
        QTest::addColumn<QList<bool>>("eligible");
        QTest::addColumn<bool>("isPercent");
        QTest::addColumn<qint64>("value");
        QTest::newRow("three 0.03 cards and a book, 15 %")
            << QList<qint64>{3, 3, 3, 1299} << QList<bool>{true, true, true, true} << true
            << qint64(1500);
        QTest::newRow("amount over odd lines")
            << QList<qint64>{999, 1, 333, 2597, 350} << QList<bool>{true, true, true, true, true}
            << false << qint64(101);
        QTest::newRow("price-bound book skipped")
            << QList<qint64>{2598, 400, 250} << QList<bool>{false, true, true} << true
            << qint64(3333);
        QTest::newRow("everything off")
            << QList<qint64>{1299, 350} << QList<bool>{true, true} << true << qint64(10000);
        QTest::newRow("one cent over many")
            << QList<qint64>{7, 7, 7, 7, 7, 7, 7} << QList<bool>(7, true) << false << qint64(1);
    }
    void mixedRateOrderDiscountsAddUp()
    {
        QFETCH(QList<qint64>, bases);
        QFETCH(QList<bool>, eligible);
        QFETCH(bool, isPercent);
        QFETCH(qint64, value);
        const Discount discount = isPercent ? Discount::percent(value, QStringLiteral("test"))
                                            : Discount::off(eur(value), QStringLiteral("test"));
        const auto shares
            = DiscountCalculator::spread(bases, eligible, QStringLiteral("EUR"), discount);
        QVERIFY2(shares.ok(), qPrintable(shares.ok() ? QString() : shares.error().message));
        qint64 eligibleBase = 0, shared = 0, charged = 0;
        QList<TaxedAmount> amounts;
        const QList<std::pair<TaxCategory, const char *>> rates{
            {TaxCategory::Reduced, "7"}, {TaxCategory::Standard, "19"}, {TaxCategory::Zero, "0"}};
        for (qsizetype i = 0; i < bases.size(); ++i) {
            if (eligible.at(i))
                eligibleBase += bases.at(i);
            else
                QCOMPARE(shares->at(i), qint64(0));
            QVERIFY(shares->at(i) <= bases.at(i));
            shared += shares->at(i);
            charged += bases.at(i) - shares->at(i);
            const auto &[category, rate] = rates.at(i % rates.size());
            amounts.append({category, percent(rate), eur(bases.at(i) - shares->at(i))});
        }
        const qint64 expected = isPercent ? (eligibleBase * value + 5000) / 10000 : value;
        QCOMPARE(shared, expected);
        for (TaxPricing pricing : {TaxPricing::Inclusive, TaxPricing::Exclusive}) {
            const auto totals = TaxCalculator::totals(amounts, pricing);
            QVERIFY(totals.ok());
            qint64 base = 0;
            for (const TaxTotal &row : *totals) {
                QCOMPARE(row.net.minorUnits() + row.tax.minorUnits(), row.gross.minorUnits());
                base += TaxCalculator::base(row, pricing).minorUnits();
            }
            QCOMPARE(base, charged);
        }
    }

    // The refunds of a discounted line, in any parts, add up to what it charged.
    void refundSharesAddUpToTheCharge_data()
    {
        QTest::addColumn<qint64>("charged");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QList<int>>("parts");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("3 x 9.99 less 1.00, one by one")
            << qint64(2897) << 3 << QList<int>{1, 1, 1} << QList<qint64>{966, 965, 966};
        QTest::newRow("two, then one")
            << qint64(2897) << 3 << QList<int>{2, 1} << QList<qint64>{1931, 966};
        QTest::newRow("undiscounted stays the unit price")
            << qint64(1797) << 3 << QList<int>{1, 2} << QList<qint64>{599, 1198};
        QTest::newRow("all at once") << qint64(1) << 7 << QList<int>{7} << QList<qint64>{1};
    }
    void refundSharesAddUpToTheCharge()
    {
        QFETCH(qint64, charged);
        QFETCH(int, quantity);
        QFETCH(QList<int>, parts);
        QFETCH(QList<qint64>, expected);
        int before = 0;
        qint64 sum = 0;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const auto share
                = DiscountCalculator::refundShare(charged, quantity, before, parts.at(i));
            QVERIFY(share.ok());
            QCOMPARE(*share, expected.at(i));
            before += parts.at(i);
            sum += *share;
        }
        QCOMPARE(sum, charged);
        QVERIFY(!DiscountCalculator::refundShare(charged, quantity, quantity, 1).ok());
    }

    void bookPriceLaw_data()
    {
        QTest::addColumn<BookPriceLaw>("law");
        QTest::addColumn<bool>("priceBound");
        QTest::addColumn<qint64>("discount"); // off 20.00
        QTest::addColumn<PriceLawException>("exception");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        const QString de = QStringLiteral("German book-price law");
        const QString fr = QStringLiteral("at most 5 %");
        QTest::newRow("none") << BookPriceLaw::None << true << qint64(1000)
                              << PriceLawException::None << QString();
        QTest::newRow("de bound") << BookPriceLaw::De << true << qint64(1)
                                  << PriceLawException::None << de;
        QTest::newRow("de damaged copy") << BookPriceLaw::De << true << qint64(1000)
                                         << PriceLawException::DamagedCopy << QString();
        QTest::newRow("de teacher")
            << BookPriceLaw::De << true << qint64(400) << PriceLawException::Teacher << QString();
        QTest::newRow("de not bound")
            << BookPriceLaw::De << false << qint64(1000) << PriceLawException::None << QString();
        QTest::newRow("fr 5 %") << BookPriceLaw::Fr << true << qint64(100)
                                << PriceLawException::None << QString();
        QTest::newRow("fr a cent over")
            << BookPriceLaw::Fr << true << qint64(101) << PriceLawException::None << fr;
        QTest::newRow("fr exceptions are German")
            << BookPriceLaw::Fr << true << qint64(1000) << PriceLawException::DamagedCopy << fr;
        QTest::newRow("fr not bound")
            << BookPriceLaw::Fr << false << qint64(1000) << PriceLawException::None << QString();
    }
    void bookPriceLaw()
    {
        QFETCH(BookPriceLaw, law);
        QFETCH(bool, priceBound);
        QFETCH(qint64, discount);
        QFETCH(PriceLawException, exception);
        QFETCH(QString, refusal);
        const auto checked = checkBookPriceLaw(law, QStringLiteral("Der Zauberberg"), priceBound,
                                               2000, discount, exception);
        if (refusal.isEmpty()) {
            QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
            return;
        }
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, ErrorKind::Forbidden);
        QVERIFY2(checked.error().message.contains(QStringLiteral("Der Zauberberg")),
                 qPrintable(checked.error().message));
        QVERIFY2(checked.error().message.contains(refusal), qPrintable(checked.error().message));
    }

    void policySettings_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<qint64>("clerk");
        QTest::addColumn<qint64>("manager");
        QTest::addColumn<bool>("amounts");
        QTest::addColumn<QString>("error");
        QTest::newRow("defaults") << QString() << qint64(1000) << qint64(10000) << true
                                  << QString();
        QTest::newRow("set") << QStringLiteral("clerkMaxPercent=12.5\nmanagerMaxPercent=50\n"
                                               "amountDiscounts=false\n")
                             << qint64(1250) << qint64(5000) << false << QString();
        QTest::newRow("over 100") << QStringLiteral("managerMaxPercent=101\n") << qint64(0)
                                  << qint64(0) << false << QStringLiteral("managerMaxPercent");
        QTest::newRow("clerk above manager")
            << QStringLiteral("clerkMaxPercent=30\nmanagerMaxPercent=20\n") << qint64(0)
            << qint64(0) << false << QStringLiteral("cannot be above");
        QTest::newRow("not a flag") << QStringLiteral("amountDiscounts=maybe\n") << qint64(0)
                                    << qint64(0) << false << QStringLiteral("true or false");
    }
    void policySettings()
    {
        QFETCH(QString, ini);
        QFETCH(qint64, clerk);
        QFETCH(qint64, manager);
        QFETCH(bool, amounts);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quire.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[discounts]\n" + ini.toUtf8());
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        const auto policy = DiscountPolicy::fromSettings(settings);
        if (!error.isEmpty()) {
            QVERIFY(!policy.ok());
            QVERIFY2(policy.error().message.contains(error), qPrintable(policy.error().message));
            return;
        }
        QVERIFY2(policy.ok(), qPrintable(policy.ok() ? QString() : policy.error().message));
        QCOMPARE(policy->clerkMaxBasisPoints, clerk);
        QCOMPARE(policy->managerMaxBasisPoints, manager);
        QCOMPARE(policy->amountDiscounts, amounts);
    }
};

QTEST_GUILESS_MAIN(DiscountCalculatorTest)
#include "DiscountCalculatorTest.moc"
