#include "support/SecretFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using quire::SecretFile;

// Protects: a file holding the gateway's API key or webhook secrets is used
// only when nobody but its owner can read or change it (as ssh insists for a
// private key), when it is a regular, non-empty file and each secret has a
// minimum length; every refusal names the file and never shows the secret.
class SecretFileTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh file with `content` and exactly `mode` (chmod, not the umask).
    QString writeFile(const QByteArray &content, mode_t mode)
    {
        const QString path = m_dir.filePath(QStringLiteral("secret-%1").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        file.close();
        if (::chmod(QFile::encodeName(path).constData(), mode) != 0)
            return {};
        return path;
    }

    // The refusal's text, or an empty string when the file was accepted.
    template<typename T>
    static QString refusalOf(const quire::Result<T> &result)
    {
        return result.ok() ? QString() : result.error().message;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsAnOwnerOnlyFile()
    {
        const QString path = writeFile("sk_test_0123456789abcdef\n", 0600);
        const auto secret = SecretFile::read(path, QStringLiteral("gateway API key"));
        QVERIFY2(secret.ok(), qPrintable(secret.ok() ? QString() : secret.error().message));
        QCOMPARE(*secret, QByteArray("sk_test_0123456789abcdef")); // newline trimmed
        // Read-only for the owner is fine too.
        const QString readOnly = writeFile("sk_test_0123456789abcdef", 0400);
        QVERIFY(SecretFile::read(readOnly, QStringLiteral("gateway API key")).ok());
    }

    void readsOneSecretPerLine()
    {
        // Rotation: the new secret and the old one, both accepted for a while.
        const QString path
            = writeFile("whsec_new_0123456789abcdef\r\n\n  whsec_old_0123456789abcdef \n", 0600);
        const auto secrets = SecretFile::readLines(path, QStringLiteral("webhook secret"));
        QVERIFY2(secrets.ok(), qPrintable(secrets.ok() ? QString() : secrets.error().message));
        QCOMPARE(*secrets,
                 (QByteArrayList{"whsec_new_0123456789abcdef", "whsec_old_0123456789abcdef"}));
    }

    void refusesAFileOthersCanReach_data()
    {
        QTest::addColumn<uint>("mode");
        QTest::newRow("0644 readable by all") << 0644u;
        QTest::newRow("0640 readable by the group") << 0640u;
        QTest::newRow("0660 writable by the group") << 0660u;
        QTest::newRow("0604 readable by others") << 0604u;
        QTest::newRow("0602 writable by others") << 0602u;
        QTest::newRow("0666") << 0666u;
        QTest::newRow("0610 group may execute") << 0610u;
    }

    void refusesAFileOthersCanReach()
    {
        QFETCH(uint, mode);
        const QByteArray secret = "sk_live_0123456789abcdefSECRET";
        const QString path = writeFile(secret + '\n', mode_t(mode));
        QVERIFY(!path.isEmpty());
        const QString what = QStringLiteral("gateway API key");
        for (const QString &refusal : {refusalOf(SecretFile::read(path, what)),
                                       refusalOf(SecretFile::readLines(path, what))}) {
            QVERIFY2(!refusal.isEmpty(), "accepted");
            QVERIFY2(refusal.contains(QStringLiteral("chmod 600 ") + path), qPrintable(refusal));
            QVERIFY2(refusal.contains(QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'))),
                     qPrintable(refusal));
            QVERIFY2(!refusal.contains(u"SECRET"), qPrintable(refusal));
        }
    }

    void refusesAFileOwnedBySomeoneElse()
    {
        if (::geteuid() != 0)
            QSKIP("only root can give a file to another user");
        const QString path = writeFile("sk_live_0123456789abcdefSECRET", 0600);
        QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
        const QString refusal
            = refusalOf(SecretFile::read(path, QStringLiteral("gateway API key")));
        QVERIFY2(refusal.contains(u"belongs to user id 65534") && refusal.contains(path),
                 qPrintable(refusal));
        QVERIFY(!refusal.contains(u"SECRET"));
        // Root's own files are fine (a root-owned 0600 file read by root).
        QVERIFY(::chown(QFile::encodeName(path).constData(), 0, 0) == 0);
        QVERIFY(SecretFile::read(path, QStringLiteral("gateway API key")).ok());
    }

    void refusesAShortSecret()
    {
        const QString path = writeFile("whsec_long_enough_0123\nwhsec_tiny\n", 0600);
        const auto secrets = SecretFile::readLines(path, QStringLiteral("webhook secret"));
        QVERIFY(!secrets.ok());
        const QString message = secrets.error().message;
        QVERIFY2(message.contains(path) && message.contains(u"line 2")
                     && message.contains(u"shorter than 16"),
                 qPrintable(message));
        QVERIFY(!message.contains(u"whsec_"));
        // Exactly the minimum is enough.
        const QString sixteen = writeFile(QByteArray(16, 'k'), 0600);
        QVERIFY(SecretFile::readLines(sixteen, QStringLiteral("webhook secret")).ok());
        QVERIFY(!SecretFile::readLines(writeFile(QByteArray(15, 'k'), 0600),
                                       QStringLiteral("webhook secret"))
                     .ok());
    }

    void namesAPathWithPercentSignsAsItIs()
    {
        // QString::arg chained after the path would fill a "%3" inside it.
        const QString path = m_dir.filePath(QStringLiteral("100%3 %4 key"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("short\n");
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
        const QString refusal
            = refusalOf(SecretFile::readLines(path, QStringLiteral("gateway API key")));
        QVERIFY2(refusal.contains(QStringLiteral("'%1', line 1").arg(path)), qPrintable(refusal));
    }

    void refusesAnEmptyFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("blank lines") << QByteArray(" \n\t\n\n");
    }

    void refusesAnEmptyFile()
    {
        QFETCH(QByteArray, content);
        const QString path = writeFile(content, 0600);
        const auto whole = SecretFile::read(path, QStringLiteral("gateway API key"));
        QVERIFY(!whole.ok());
        QVERIFY2(whole.error().message.contains(u"is empty"), qPrintable(whole.error().message));
        const auto lines = SecretFile::readLines(path, QStringLiteral("webhook secret"));
        QVERIFY(!lines.ok());
        QVERIFY2(lines.error().message.contains(u"is empty"), qPrintable(lines.error().message));
    }

    void refusesADirectory()
    {
        const QString path = m_dir.filePath(QStringLiteral("a-directory"));
        QVERIFY(QDir().mkdir(path));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0700) == 0);
        const auto secret = SecretFile::read(path, QStringLiteral("webhook secret"));
        QVERIFY(!secret.ok());
        QVERIFY2(secret.error().message.contains(u"not a regular file")
                     && secret.error().message.contains(path),
                 qPrintable(secret.error().message));
    }

    void refusesAFifoWithoutWaitingForAWriter()
    {
        const QString path = m_dir.filePath(QStringLiteral("a-fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        const auto secret = SecretFile::read(path, QStringLiteral("webhook secret"));
        QVERIFY(!secret.ok());
        QVERIFY2(secret.error().message.contains(u"not a regular file"),
                 qPrintable(secret.error().message));
    }

    void reportsAMissingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-there"));
        const auto secret = SecretFile::read(path, QStringLiteral("gateway API key"));
        QVERIFY(!secret.ok());
        QCOMPARE(secret.error().kind, quire::ErrorKind::NotFound);
        QVERIFY2(secret.error().message.contains(path)
                     && secret.error().message.contains(u"does not exist"),
                 qPrintable(secret.error().message));
        QVERIFY(secret.error().message.contains(u"gateway API key"));
    }
};

QTEST_GUILESS_MAIN(SecretFileTest)
#include "SecretFileTest.moc"
