#include "domain/TaxCalculator.h"

#include "TestPrinters.h"

#include <QRandomGenerator>
#include <QTest>

using namespace quire;

Q_DECLARE_METATYPE(quire::TaxPricing)
Q_DECLARE_METATYPE(quire::TaxCategory)

namespace {

Money eur(qint64 cents)
{
    return *Money::fromMinorUnits(cents, QStringLiteral("EUR"));
}

TaxRate percent(const char *text)
{
    return *TaxRate::fromPercentText(QString::fromLatin1(text));
}

TaxedAmount line(TaxCategory category, const char *rate, qint64 cents)
{
    return {category, percent(rate), eur(cents)};
}

const TaxTotal *rowOf(const QList<TaxTotal> &totals, TaxCategory category)
{
    for (const TaxTotal &total : totals) {
        if (total.category == category)
            return &total;
    }
    return nullptr;
}

// The rule's promise, checked without its arithmetic: the tax is within half
// a minor unit of the exact tax (base * r / (1 + r) inclusive, base * r
// exclusive), and net + tax = gross.
void verifyRow(const TaxTotal &row, TaxPricing pricing)
{
    QCOMPARE(row.net.minorUnits() + row.tax.minorUnits(), row.gross.minorUnits());
    const qint64 m = row.rate.millipercent;
    const qint64 tax = row.tax.minorUnits();
    if (pricing == TaxPricing::Inclusive) {
        const qint64 d = 100000 + m;
        const qint64 error = 2 * tax * d - 2 * row.gross.minorUnits() * m;
        QVERIFY2(
            error <= d && error > -d,
            qPrintable(
                QStringLiteral("VAT %1 of %2 at %3").arg(tax).arg(row.gross.minorUnits()).arg(m)));
    } else {
        const qint64 d = 100000;
        const qint64 error = 2 * tax * d - 2 * row.net.minorUnits() * m;
        QVERIFY2(
            error <= d && error > -d,
            qPrintable(
                QStringLiteral("tax %1 of %2 at %3").arg(tax).arg(row.net.minorUnits()).arg(m)));
    }
}

qint64 sumOf(const QList<TaxTotal> &totals, Money TaxTotal::*field)
{
    qint64 sum = 0;
    for (const TaxTotal &total : totals)
        sum += (total.*field).minorUnits();
    return sum;
}

} // namespace

// Protects: Quire's one tax rounding rule (per rate, on the receipt's total
// of that rate, integer minor units): the tax table adds up to the total to
// the cent, and refunds give back exactly the tax charged.
class TaxCalculatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundsPerRate_data()
    {
        QTest::addColumn<TaxPricing>("pricing");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<qint64>("base");
        QTest::addColumn<qint64>("tax");
        const auto in = TaxPricing::Inclusive;
        const auto ex = TaxPricing::Exclusive;
        QTest::newRow("DE 7 % in 10.70") << in << "7" << qint64(1070) << qint64(70);
        QTest::newRow("DE 19 % in 11.90") << in << "19" << qint64(1190) << qint64(190);
        QTest::newRow("DE 7 % in 35.97") << in << "7" << qint64(3597) << qint64(235); // 235.31
        QTest::newRow("DE 19 % in 3.50") << in << "19" << qint64(350) << qint64(56);  // 55.88
        QTest::newRow("FR 5.5 % in 10.55") << in << "5.5" << qint64(1055) << qint64(55);
        QTest::newRow("FR 5.5 % in 19.90") << in << "5.5" << qint64(1990) << qint64(104); // 103.74
        QTest::newRow("FR 20 % in 0.03: half up") << in << "20" << qint64(3) << qint64(1);
        QTest::newRow("FR 20 % in 0.02: down") << in << "20" << qint64(2) << qint64(0);
        QTest::newRow("UK 0 %") << in << "0" << qint64(899) << qint64(0);
        QTest::newRow("UK 20 % in 2.50") << in << "20" << qint64(250) << qint64(42); // 41.67
        QTest::newRow("zero amount") << in << "19" << qint64(0) << qint64(0);
        QTest::newRow("US 8.875 % on 19.99") << ex << "8.875" << qint64(1999) << qint64(177);
        QTest::newRow("19 % on 0.50: half up") << ex << "19" << qint64(50) << qint64(10); // 9.5
        QTest::newRow("5.5 % on 1.00: half up") << ex << "5.5" << qint64(100) << qint64(6);
        QTest::newRow("5.5 % on 0.09: down") << ex << "5.5" << qint64(9) << qint64(0); // 0.495
        QTest::newRow("refund side: -0.50") << ex << "19" << qint64(-50) << qint64(-10);
    }
    void roundsPerRate()
    {
        QFETCH(TaxPricing, pricing);
        QFETCH(QString, rate);
        QFETCH(qint64, base);
        QFETCH(qint64, tax);
        auto computed = TaxCalculator::taxOf(base, *TaxRate::fromPercentText(rate), pricing);
        QVERIFY(computed.ok());
        QCOMPARE(*computed, tax);
    }

    void addsLinesUpPerRateBeforeRounding()
    {
        // Three 0.03 lines at 20 % inclusive: 0.5 cents each when rounded per
        // line (3 cents of VAT), 1.5 cents on their total (2 cents).
        const QList<TaxedAmount> lines{line(TaxCategory::Standard, "20", 3),
                                       line(TaxCategory::Standard, "20", 3),
                                       line(TaxCategory::Standard, "20", 3)};
        auto totals = TaxCalculator::totals(lines, TaxPricing::Inclusive);
        QVERIFY(totals.ok());
        QCOMPARE(totals->size(), 1);
        QCOMPARE(totals->first().gross, eur(9));
        QCOMPARE(totals->first().tax, eur(2));
        QCOMPARE(totals->first().net, eur(7));
    }

    void germanMixedCart()
    {
        // docs/tax.md's worked example.
        const QList<TaxedAmount> lines{line(TaxCategory::Reduced, "7", 2 * 1299),
                                       line(TaxCategory::Standard, "19", 350),
                                       line(TaxCategory::Reduced, "7", 999)};
        auto totals = TaxCalculator::totals(lines, TaxPricing::Inclusive);
        QVERIFY(totals.ok());
        QCOMPARE(totals->size(), 2);
        // Receipt order: A (standard) before B (reduced).
        QCOMPARE(totals->at(0).category, TaxCategory::Standard);
        QCOMPARE(totals->at(0),
                 (TaxTotal{TaxCategory::Standard, percent("19"), eur(294), eur(56), eur(350)}));
        QCOMPARE(totals->at(1),
                 (TaxTotal{TaxCategory::Reduced, percent("7"), eur(3362), eur(235), eur(3597)}));
        QCOMPARE(*TaxCalculator::grossTotal(*totals), eur(3947));
    }

    void frenchAndBritishCarts()
    {
        auto fr = TaxCalculator::totals(
            {line(TaxCategory::Reduced, "5.5", 1990), line(TaxCategory::Standard, "20", 500)},
            TaxPricing::Inclusive);
        QVERIFY(fr.ok());
        QCOMPARE(rowOf(*fr, TaxCategory::Reduced)->tax, eur(104));
        QCOMPARE(rowOf(*fr, TaxCategory::Standard)->tax, eur(83));
        QCOMPARE(*TaxCalculator::grossTotal(*fr), eur(2490));

        auto uk = TaxCalculator::totals({line(TaxCategory::Reduced, "0", 899),
                                         line(TaxCategory::Zero, "0", 100),
                                         line(TaxCategory::Standard, "20", 250)},
                                        TaxPricing::Inclusive);
        QVERIFY(uk.ok());
        QCOMPARE(uk->size(), 3); // zero-rated rows stay apart from the 0 % book rate
        QCOMPARE(rowOf(*uk, TaxCategory::Reduced)->tax, eur(0));
        QCOMPARE(rowOf(*uk, TaxCategory::Reduced)->net, eur(899));
        QCOMPARE(rowOf(*uk, TaxCategory::Zero)->gross, eur(100));
        QCOMPARE(rowOf(*uk, TaxCategory::Standard)->tax, eur(42));
        QCOMPARE(*TaxCalculator::grossTotal(*uk), eur(1249));
    }

    void salesTaxIsAddedWhenPricesExcludeIt()
    {
        auto us = TaxCalculator::totals({line(TaxCategory::Standard, "8.875", 1999),
                                         line(TaxCategory::Standard, "8.875", 350),
                                         line(TaxCategory::Exempt, "0", 500)},
                                        TaxPricing::Exclusive);
        QVERIFY(us.ok());
        const TaxTotal *taxed = rowOf(*us, TaxCategory::Standard);
        QCOMPARE(taxed->net, eur(2349));
        QCOMPARE(taxed->tax, eur(208)); // 208.47
        QCOMPARE(taxed->gross, eur(2557));
        QCOMPARE(rowOf(*us, TaxCategory::Exempt)->tax, eur(0));
        QCOMPARE(*TaxCalculator::grossTotal(*us), eur(3057));
    }

    void randomMixedCartsAddUpToTheCent_data()
    {
        QTest::addColumn<TaxPricing>("pricing");
        QTest::newRow("inclusive") << TaxPricing::Inclusive;
        QTest::newRow("exclusive") << TaxPricing::Exclusive;
    }
    void randomMixedCartsAddUpToTheCent()
    {
        QFETCH(TaxPricing, pricing);
        QRandomGenerator random(20261204);
        const QList<std::pair<TaxCategory, TaxRate>> rates{
            {TaxCategory::Reduced, percent("7")},     {TaxCategory::Standard, percent("19")},
            {TaxCategory::Reduced, percent("5.5")},   {TaxCategory::Standard, percent("20")},
            {TaxCategory::Zero, percent("0")},        {TaxCategory::Exempt, percent("0")},
            {TaxCategory::Standard, percent("8.875")}};
        for (int cart = 0; cart < 3000; ++cart) {
            QList<TaxedAmount> lines;
            qint64 linesSum = 0;
            const int count = random.bounded(1, 12);
            for (int i = 0; i < count; ++i) {
                const auto &[category, rate] = rates.at(random.bounded(int(rates.size())));
                const qint64 amount = qint64(random.bounded(1, 25'000)) * random.bounded(1, 6);
                lines.append({category, rate, eur(amount)});
                linesSum += amount;
            }
            auto totals = TaxCalculator::totals(lines, pricing);
            QVERIFY(totals.ok());
            for (const TaxTotal &row : *totals)
                verifyRow(row, pricing);
            auto total = TaxCalculator::grossTotal(*totals);
            QVERIFY(total.ok());
            QCOMPARE(total->minorUnits(), sumOf(*totals, &TaxTotal::gross));
            QCOMPARE(sumOf(*totals, &TaxTotal::net) + sumOf(*totals, &TaxTotal::tax),
                     total->minorUnits());
            if (pricing == TaxPricing::Inclusive)
                QCOMPARE(total->minorUnits(), linesSum); // the shelf prices are what is paid
            else
                QCOMPARE(sumOf(*totals, &TaxTotal::net), linesSum);

            // Refunded in random parts, line by line: every part by the same
            // rule, the last at each rate the remainder.
            QList<TaxTotal> reversed;
            QList<TaxedAmount> left = lines;
            while (!left.isEmpty()) {
                QList<TaxedAmount> part;
                const int take = random.bounded(1, int(left.size()) + 1);
                for (int i = 0; i < take; ++i)
                    part.append(left.takeAt(random.bounded(int(left.size()))));
                auto refund = TaxCalculator::reversal(*totals, reversed, part, pricing);
                QVERIFY2(refund.ok(), qPrintable(refund.ok() ? QString() : refund.error().message));
                for (const TaxTotal &row : *refund)
                    QCOMPARE(row.net.minorUnits() + row.tax.minorUnits(), row.gross.minorUnits());
                reversed += *refund;
            }
            QCOMPARE(sumOf(reversed, &TaxTotal::tax), sumOf(*totals, &TaxTotal::tax));
            QCOMPARE(sumOf(reversed, &TaxTotal::gross), total->minorUnits());
            for (const TaxTotal &row : *totals) {
                qint64 tax = 0;
                for (const TaxTotal &back : std::as_const(reversed))
                    tax += back.category == row.category && back.rate == row.rate
                               ? back.tax.minorUnits()
                               : 0;
                QCOMPARE(tax, row.tax.minorUnits());
            }
        }
    }

    void partialRefundOfAMixedOrder()
    {
        // The German cart; the customer brings back one of the two 12.99
        // books and the card.
        const QList<TaxedAmount> sold{line(TaxCategory::Reduced, "7", 2 * 1299),
                                      line(TaxCategory::Standard, "19", 350),
                                      line(TaxCategory::Reduced, "7", 999)};
        auto charged = TaxCalculator::totals(sold, TaxPricing::Inclusive);
        QVERIFY(charged.ok());
        const QList<TaxedAmount> first{line(TaxCategory::Reduced, "7", 1299),
                                       line(TaxCategory::Standard, "19", 350)};
        auto refund = TaxCalculator::reversal(*charged, {}, first, TaxPricing::Inclusive);
        QVERIFY(refund.ok());
        // The card is the last copy at 19 %: exactly the 0.56 charged.
        QCOMPARE(*rowOf(*refund, TaxCategory::Standard), *rowOf(*charged, TaxCategory::Standard));
        // The book by the rule: 12.99 * 7 / 107 = 0.8498 -> 0.85.
        QCOMPARE(rowOf(*refund, TaxCategory::Reduced)->tax, eur(85));
        QCOMPARE(rowOf(*refund, TaxCategory::Reduced)->gross, eur(1299));

        // The rest later: the remainder, 2.35 - 0.85 = 1.50 (the rule on
        // 22.98 alone would say 1.503 -> 1.50 too, but need not).
        const QList<TaxedAmount> rest{line(TaxCategory::Reduced, "7", 1299),
                                      line(TaxCategory::Reduced, "7", 999)};
        auto second = TaxCalculator::reversal(*charged, *refund, rest, TaxPricing::Inclusive);
        QVERIFY(second.ok());
        QCOMPARE(rowOf(*second, TaxCategory::Reduced)->tax, eur(150));
        QCOMPARE(rowOf(*second, TaxCategory::Reduced)->gross, eur(2298));

        // Nothing is left to refund at 7 %.
        auto more
            = TaxCalculator::reversal(*charged, *refund + *second,
                                      {line(TaxCategory::Reduced, "7", 1)}, TaxPricing::Inclusive);
        QVERIFY(!more.ok());
        auto unknown = TaxCalculator::reversal(*charged, {}, {line(TaxCategory::Reduced, "5.5", 1)},
                                               TaxPricing::Inclusive);
        QVERIFY(!unknown.ok());
    }

    void remainderDiffersFromTheRuleWhereItMust()
    {
        // Three 0.03 lines at 20 %: charged 2 cents (1.5 rounded up). Each
        // refunded alone is 0.5 -> 1 cent by the rule; the third refund
        // returns the remainder, 0 cents, so the refunds return 2, not 3.
        const QList<TaxedAmount> sold(3, line(TaxCategory::Standard, "20", 3));
        auto charged = TaxCalculator::totals(sold, TaxPricing::Inclusive);
        QVERIFY(charged.ok());
        QList<TaxTotal> reversed;
        QList<qint64> taxes;
        for (int i = 0; i < 3; ++i) {
            auto refund
                = TaxCalculator::reversal(*charged, reversed, {sold.at(i)}, TaxPricing::Inclusive);
            QVERIFY(refund.ok());
            taxes.append(refund->first().tax.minorUnits());
            reversed += *refund;
        }
        QCOMPARE(taxes, (QList<qint64>{1, 1, 0}));
    }

    void exclusiveRefundsGiveBackTheTaxToo()
    {
        const QList<TaxedAmount> sold{line(TaxCategory::Standard, "8.875", 1999),
                                      line(TaxCategory::Standard, "8.875", 350)};
        auto charged = TaxCalculator::totals(sold, TaxPricing::Exclusive);
        QVERIFY(charged.ok());
        auto refund = TaxCalculator::reversal(*charged, {}, {sold.at(1)}, TaxPricing::Exclusive);
        QVERIFY(refund.ok());
        QCOMPARE(refund->first().net, eur(350));
        QCOMPARE(refund->first().tax, eur(31)); // 31.06
        QCOMPARE(refund->first().gross, eur(381));
        auto rest = TaxCalculator::reversal(*charged, *refund, {sold.at(0)}, TaxPricing::Exclusive);
        QVERIFY(rest.ok());
        QCOMPARE(rest->first().gross.minorUnits() + refund->first().gross.minorUnits(),
                 charged->first().gross.minorUnits());
    }

    void allocatesExactly_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QList<qint64>>("weights");
        QTest::addColumn<QList<qint64>>("parts");
        QTest::newRow("even") << qint64(10) << QList<qint64>{1, 1} << QList<qint64>{5, 5};
        QTest::newRow("thirds") << qint64(2) << QList<qint64>{3, 3, 3} << QList<qint64>{1, 1, 0};
        QTest::newRow("largest remainder")
            << qint64(235) << QList<qint64>{2598, 999} << QList<qint64>{170, 65};
        QTest::newRow("zero weights") << qint64(3) << QList<qint64>{0, 0} << QList<qint64>{0, 3};
        QTest::newRow("nothing") << qint64(0) << QList<qint64>{5, 7} << QList<qint64>{0, 0};
    }
    void allocatesExactly()
    {
        QFETCH(qint64, total);
        QFETCH(QList<qint64>, weights);
        QFETCH(QList<qint64>, parts);
        auto allocated = TaxCalculator::allocate(total, weights);
        QVERIFY(allocated.ok());
        QCOMPARE(*allocated, parts);
    }

    void refusesWhatItCannotComputeExactly()
    {
        QVERIFY(!TaxCalculator::taxOf(std::numeric_limits<qint64>::max() / 2, percent("19"),
                                      TaxPricing::Inclusive)
                     .ok());
        auto mixed = TaxCalculator::totals({line(TaxCategory::Reduced, "7", 100),
                                            {TaxCategory::Reduced, percent("7"),
                                             *Money::fromMinorUnits(100, QStringLiteral("USD"))}},
                                           TaxPricing::Inclusive);
        QVERIFY(!mixed.ok());
        QVERIFY(!TaxCalculator::allocate(-1, {1}).ok());
    }
};

QTEST_GUILESS_MAIN(TaxCalculatorTest)
#include "TaxCalculatorTest.moc"
