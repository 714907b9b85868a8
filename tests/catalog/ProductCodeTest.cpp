#include "catalog/ProductCode.h"

#include "TestPrinters.h"

#include <QTest>

using namespace quire;

Q_DECLARE_METATYPE(ProductCode::Kind)

// Protects: every code a counter meets — an ISBN, another EAN-13, a UPC-A, a
// store's own code — ends as one 13-digit key whose check digit was verified,
// UPC-A the same item as its EAN-13 form, and every mistake is explained.
class ProductCodeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("ean13");
        QTest::addColumn<ProductCode::Kind>("kind");
        QTest::addColumn<QString>("storeCode");
        const auto isbn = ProductCode::Kind::Isbn;
        const auto retail = ProductCode::Kind::Retail;
        const auto store = ProductCode::Kind::StoreInternal;
        QTest::newRow("isbn13") << "9780306406157"
                                << "9780306406157" << isbn << "";
        QTest::newRow("isbn13 hyphens") << "978-0-306-40615-7"
                                        << "9780306406157" << isbn << "";
        QTest::newRow("isbn10 with X") << "0-8044-2957-X"
                                       << "9780804429573" << isbn << "";
        QTest::newRow("isbn10 plain") << "0141439513"
                                      << "9780141439518" << isbn << "";
        QTest::newRow("979 isbn") << "9791090636071"
                                  << "9791090636071" << isbn << "";
        QTest::newRow("ean13 pen") << "4006381333931"
                                   << "4006381333931" << retail << "";
        QTest::newRow("ean13 spaces") << " 5 901234 123457 "
                                      << "5901234123457" << retail << "";
        QTest::newRow("upc-a") << "036000291452"
                               << "0036000291452" << retail << "";
        QTest::newRow("upc-a as ean13") << "0036000291452"
                                        << "0036000291452" << retail << "";
        QTest::newRow("upc-a hyphens") << "0-12345-67890-5"
                                       << "0012345678905" << retail << "";
        QTest::newRow("in-store ean 29") << "2912345678906"
                                         << "2912345678906" << store << "";
        QTest::newRow("store code") << "42"
                                    << "2000000000428" << store << "42";
        QTest::newRow("store code leading zeros") << "007"
                                                  << "2000000000077" << store << "7";
        QTest::newRow("store code one") << "1"
                                        << "2000000000015" << store << "1";
        QTest::newRow("store code six digits") << "999999"
                                               << "2000009999990" << store << "999999";
        QTest::newRow("store code as its ean13") << "2000000000428"
                                                 << "2000000000428" << store << "42";
    }

    void parsesCodes()
    {
        QFETCH(QString, text);
        QFETCH(QString, ean13);
        QFETCH(ProductCode::Kind, kind);
        QFETCH(QString, storeCode);
        const auto code = ProductCode::parse(text);
        QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
        QCOMPARE(code->ean13(), ean13);
        QCOMPARE(code->kind(), kind);
        QCOMPARE(code->isIsbn(), kind == ProductCode::Kind::Isbn);
        QCOMPARE(code->storeCode(), storeCode);
        QCOMPARE(ProductCode::ean13CheckDigit(ean13), ean13.at(12).unicode() - u'0');
    }

    void refusesBadCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "  "
                               << "Enter a code";
        QTest::newRow("ean13 check digit") << "4006381333932"
                                           << "not a valid barcode: check digit should be 1";
        QTest::newRow("upc-a check digit") << "036000291453"
                                           << "036000291453 is not a valid barcode: check digit "
                                              "should be 2";
        QTest::newRow("isbn check digit") << "9780306406158"
                                          << "not a valid ISBN: check digit should be 7";
        QTest::newRow("isbn10 check digit") << "0306406153"
                                            << "not a valid ISBN: check digit should be 2";
        QTest::newRow("in-store check digit") << "2000000000429"
                                              << "check digit should be 8";
        QTest::newRow("letters") << "CARD"
                                 << "only digits, hyphens and spaces";
        QTest::newRow("seven digits") << "1234567"
                                      << "up to 6 digits (this has 7)";
        QTest::newRow("eleven digits") << "12345678901"
                                       << "this has 11";
        QTest::newRow("fourteen digits") << "12345678901234"
                                         << "this has 14";
        QTest::newRow("store code zero") << "000"
                                         << "store codes start at 1";
        QTest::newRow("X outside isbn10") << "97803064061X7"
                                          << "X is only used in ISBN-10";
    }

    void refusesBadCodes()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto code = ProductCode::parse(text);
        QVERIFY(!code.ok());
        QCOMPARE(code.error().kind, ErrorKind::Invalid);
        QVERIFY2(code.error().message.contains(reason), qPrintable(code.error().message));
    }

    void upcAAndItsEan13AreOneItem()
    {
        QCOMPARE(ProductCode::parse(QStringLiteral("036000291452")).value(),
                 ProductCode::parse(QStringLiteral("0036000291452")).value());
        QCOMPARE(ProductCode::parse(QStringLiteral("42")).value(),
                 ProductCode::parse(QStringLiteral("2000000000428")).value());
    }

    void tellsCodesFromSearchWords()
    {
        QVERIFY(ProductCode::looksLikeCode(QStringLiteral("978-0-306-40615-7")));
        QVERIFY(ProductCode::looksLikeCode(QStringLiteral("080442957X")));
        QVERIFY(ProductCode::looksLikeCode(QStringLiteral("42")));
        QVERIFY(ProductCode::looksLikeCode(QStringLiteral("036000291452")));
        QVERIFY(!ProductCode::looksLikeCode(QStringLiteral("pride 1813")));
        QVERIFY(!ProductCode::looksLikeCode(QStringLiteral("card")));
        QVERIFY(!ProductCode::looksLikeCode(QStringLiteral("---")));
    }
};

QTEST_GUILESS_MAIN(ProductCodeTest)
#include "ProductCodeTest.moc"
