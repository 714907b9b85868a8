#include "TestPrinters.h"
#include "services/CoreOptions.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

// Protects: the refund policy comes from the settings file with safe
// defaults, and a broken [refunds] section stops the start with an error
// that names the key and the value.
class RefundPolicyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Result<CoreOptions> load(const QByteArray &ini)
    {
        const QString path = m_dir.filePath(QStringLiteral("quire.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(ini);
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        return CoreOptions::fromSettings(settings);
    }

private Q_SLOTS:
    void defaults()
    {
        auto options = load("[database]\npath=/tmp/x.sqlite\n");
        QVERIFY(options.ok());
        const RefundPolicy &policy = options->refunds;
        QCOMPARE(policy.allowedRoles, QList<Role>{Role::Manager});
        QCOMPARE(policy.windowDays, 30);
        QVERIFY(policy.partialRefunds);
        QVERIFY(policy.restock);
        QVERIFY(policy.allows(Role::Manager));
        QVERIFY(!policy.allows(Role::Clerk));
        QVERIFY(!policy.roleRefusal().isEmpty());
    }

    void everyKeyIsRead()
    {
        auto options = load("[refunds]\nallowedRoles=manager, clerk, customer\nwindowDays=14\n"
                            "partial=false\nrestock=no\n");
        QVERIFY2(options.ok(), qPrintable(options.ok() ? QString() : options.error().message));
        const RefundPolicy &policy = options->refunds;
        QCOMPARE(policy.allowedRoles, (QList<Role>{Role::Manager, Role::Clerk, Role::Customer}));
        QCOMPARE(policy.windowDays, 14);
        QVERIFY(!policy.partialRefunds);
        QVERIFY(!policy.restock);
    }

    void brokenValuesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown role") << QByteArray("[refunds]\nallowedRoles=manager, cashier\n")
                                      << QStringLiteral("cashier");
        QTest::newRow("no manager") << QByteArray("[refunds]\nallowedRoles=clerk\n")
                                    << QStringLiteral("must include manager");
        QTest::newRow("days not a number")
            << QByteArray("[refunds]\nwindowDays=thirty\n") << QStringLiteral("refunds/windowDays");
        QTest::newRow("days zero")
            << QByteArray("[refunds]\nwindowDays=0\n") << QStringLiteral("refunds/windowDays");
        QTest::newRow("days too many")
            << QByteArray("[refunds]\nwindowDays=99999\n") << QStringLiteral("refunds/windowDays");
        QTest::newRow("partial") << QByteArray("[refunds]\npartial=sometimes\n")
                                 << QStringLiteral("refunds/partial");
        QTest::newRow("restock") << QByteArray("[refunds]\nrestock=2\n")
                                 << QStringLiteral("refunds/restock");
    }
    void brokenValuesAreRefused()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, mentions);
        auto options = load(ini);
        QVERIFY(!options.ok());
        QVERIFY2(options.error().message.contains(mentions), qPrintable(options.error().message));
    }
};

QTEST_GUILESS_MAIN(RefundPolicyTest)
#include "RefundPolicyTest.moc"
