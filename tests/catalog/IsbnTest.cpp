#include "catalog/Isbn.h"

#include "TestPrinters.h"

#include <QTest>

using namespace quire;

// Protects: every way an ISBN reaches the till (typed, imported, scanned)
// ends as the same 13 digits, and every mistake gets a message that says
// what to fix.
class IsbnTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidIsbns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("isbn13");
        // Real books (the first is ISO 2108's own example).
        QTest::newRow("isbn13 hyphens") << "978-0-306-40615-7"
                                        << "9780306406157";
        QTest::newRow("isbn13 plain") << "9780141439518"
                                      << "9780141439518";
        QTest::newRow("isbn13 spaces") << " 978 0 262 03384 8 "
                                       << "9780262033848";
        QTest::newRow("isbn13 979 prefix") << "979-10-90636-07-1"
                                           << "9791090636071";
        QTest::newRow("isbn10") << "0-306-40615-2"
                                << "9780306406157";
        QTest::newRow("isbn10 plain") << "0141439513"
                                      << "9780141439518";
        QTest::newRow("isbn10 with X") << "0-8044-2957-X"
                                       << "9780804429573";
        QTest::newRow("isbn10 with lowercase x") << "080442957x"
                                                 << "9780804429573";
        QTest::newRow("isbn10 zero check") << "4-87311-738-0"
                                           << "9784873117386";
    }

    void parsesValidIsbns()
    {
        QFETCH(QString, text);
        QFETCH(QString, isbn13);
        const auto parsed = Isbn::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->isbn13(), isbn13);
        QVERIFY(parsed->isValid());
    }

    void rejectsWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "  "
                               << "Enter an ISBN";
        QTest::newRow("isbn13 bad check") << "978-0-306-40615-8"
                                          << "check digit should be 7";
        QTest::newRow("isbn10 bad check") << "0-306-40615-3"
                                          << "check digit should be 2";
        QTest::newRow("isbn10 should be X") << "0804429571"
                                            << "check digit should be X";
        QTest::newRow("not a book") << "4006381333931"
                                    << "not a book barcode";
        QTest::newRow("too short") << "97803064061"
                                   << "10 or 13 digits, this has 11";
        QTest::newRow("letters") << "978-0-306-4O615-7"
                                 << "only digits, hyphens and spaces";
        QTest::newRow("X in isbn13") << "978030640615X"
                                     << "X is only used in ISBN-10";
        QTest::newRow("X in the middle") << "03064X6152"
                                         << "only the last character";
    }

    void rejectsWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto parsed = Isbn::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
    }

    void acceptsOnlyBookBarcodesFromTheScanner_data()
    {
        QTest::addColumn<QString>("scanned");
        QTest::addColumn<QString>("isbn13"); // empty: refused
        QTest::addColumn<QString>("reason");
        QTest::newRow("book") << "9781492052203"
                              << "9781492052203"
                              << "";
        QTest::newRow("979 book") << "9791090636071"
                                  << "9791090636071"
                                  << "";
        QTest::newRow("misread") << "9781492052204"
                                 << ""
                                 << "check digit should be 3";
        QTest::newRow("a pen (valid EAN-13)") << "4006381333931"
                                              << ""
                                              << "not a book barcode";
        QTest::newRow("EAN-8") << "96385074"
                               << ""
                               << "not a book barcode";
        QTest::newRow("isbn10 is not a barcode") << "0306406152"
                                                 << ""
                                                 << "not a book barcode";
        QTest::newRow("hyphens are typed, not scanned") << "978-1492052203"
                                                        << ""
                                                        << "not a book barcode";
    }

    void acceptsOnlyBookBarcodesFromTheScanner()
    {
        QFETCH(QString, scanned);
        QFETCH(QString, isbn13);
        QFETCH(QString, reason);
        const auto parsed = Isbn::fromBarcode(scanned);
        if (isbn13.isEmpty()) {
            QVERIFY(!parsed.ok());
            QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
        } else {
            QVERIFY(parsed.ok());
            QCOMPARE(parsed->isbn13(), isbn13);
        }
    }

    void convertsBackToIsbn10WhereOneExists()
    {
        QCOMPARE(Isbn::parse(QStringLiteral("9780804429573"))->isbn10(),
                 QStringLiteral("080442957X"));
        QCOMPARE(Isbn::parse(QStringLiteral("9780306406157"))->isbn10(),
                 QStringLiteral("0306406152"));
        QVERIFY(Isbn::parse(QStringLiteral("9791090636071"))->isbn10().isEmpty());
    }

    void tellsIsbnsFromSearchWords()
    {
        QVERIFY(Isbn::looksLikeIsbn(QStringLiteral("978-0-306-40615-7")));
        QVERIFY(Isbn::looksLikeIsbn(QStringLiteral("080442957X")));
        QVERIFY(!Isbn::looksLikeIsbn(QStringLiteral("1984")));
        QVERIFY(!Isbn::looksLikeIsbn(QStringLiteral("pride 1813")));
        QVERIFY(!Isbn().isValid());
    }
};

QTEST_GUILESS_MAIN(IsbnTest)
#include "IsbnTest.moc"
