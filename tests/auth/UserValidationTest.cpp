#include "auth/UserValidation.h"

#include <QTest>

using namespace quire;

// Protects: a new PIN is not one a guesser tries first (issue 14, item 8),
// and the refusal says why in plain words; ordinary PINs pass.
class UserValidationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesPinsThatAreTooEasyToGuess_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("why");
        const QStringList none;
        for (const char *pin : {"000000", "111111", "555555", "999999"})
            QTest::newRow(pin) << QString::fromLatin1(pin) << none << QStringLiteral("same digit");
        for (const char *pin : {"123456", "654321", "012345", "987654", "890123", "210987"})
            QTest::newRow(pin) << QString::fromLatin1(pin) << none << QStringLiteral("in a row");
        for (const char *pin : {"121212", "696969", "123123", "520520"})
            QTest::newRow(pin) << QString::fromLatin1(pin) << none
                               << QStringLiteral("short pattern");
        for (const char *pin : {"112233", "159753", "147258", "123321", "000001"})
            QTest::newRow(pin) << QString::fromLatin1(pin) << none << QStringLiteral("most common");
        QTest::newRow("user name's digits")
            << QStringLiteral("470318") << QStringList{QStringLiteral("till470318")}
            << QStringLiteral("name");
        QTest::newRow("part of the card number")
            << QStringLiteral("019028")
            << QStringList{QStringLiteral("customer:"), QString(), QStringLiteral("5550190283746")}
            << QStringLiteral("card number");
        QTest::newRow("in the e-mail address")
            << QStringLiteral("190384") << QStringList{QStringLiteral("kim190384@example.org")}
            << QStringLiteral("e-mail");
        QTest::newRow("too short") << QStringLiteral("1357") << none << QStringLiteral("6 digits");
        QTest::newRow("not digits")
            << QStringLiteral("abcdef") << none << QStringLiteral("6 digits");
    }

    void refusesPinsThatAreTooEasyToGuess()
    {
        QFETCH(QString, pin);
        QFETCH(QStringList, names);
        QFETCH(QString, why);
        const auto valid = UserValidation::validateNewPin(pin, names);
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().kind, ErrorKind::Invalid);
        QVERIFY2(valid.error().message.contains(why), qPrintable(valid.error().message));
    }

    void acceptsOrdinaryPins()
    {
        for (const char *pin : {"314159", "271828", "161803", "135790", "205813", "470318"}) {
            const auto valid = UserValidation::validateNewPin(
                QString::fromLatin1(pin),
                {QStringLiteral("alex"), QStringLiteral("5550190283746")});
            QVERIFY2(valid.ok(), pin);
        }
    }
};

QTEST_GUILESS_MAIN(UserValidationTest)
#include "UserValidationTest.moc"
