#include "HttpReaderDriver.h"

#include <QDir>
#include <QFile>
#include <QTest>

using quire::HttpRequestReader;
using quire::fuzz::driveReader;
using quire::fuzz::ReaderStep;
using Status = HttpRequestReader::Status;

// Protects: every file of the fuzzing seed corpus (tests/data/http-corpus)
// gets the verdict its name promises and keeps the fuzzer's invariants, with
// the normal compiler, so CI covers the corpus without clang. File names
// start with the expected outcome: "ok-", "more-" (incomplete) or the error
// status ("413-").
class HttpCorpusReplayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replays_data()
    {
        QTest::addColumn<QString>("path");
        const QDir corpus(QStringLiteral(QUIRE_HTTP_CORPUS_DIR));
        const QStringList files = corpus.entryList({QStringLiteral("*.http")}, QDir::Files);
        QVERIFY2(files.size() >= 20, "the seed corpus is missing");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << corpus.filePath(file);
    }

    void replays()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        const QString expected = QFileInfo(path).fileName().section(u'-', 0, 0);

        QStringList violations;
        const auto record = [&violations](const QString &what) { violations.append(what); };
        const quire::HttpServerLimits limits;
        const QList<ReaderStep> whole = driveReader(
            data, limits, [](qsizetype remaining) { return remaining; }, record);
        const QList<ReaderStep> byteByByte = driveReader(
            data, limits, [](qsizetype) { return 1; }, record);
        const QList<ReaderStep> sevens = driveReader(
            data, limits, [](qsizetype) { return 7; }, record);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u"; ")));
        QCOMPARE(byteByByte, whole);
        QCOMPARE(sevens, whole);

        QVERIFY(!whole.isEmpty());
        if (expected == u"ok") {
            for (const ReaderStep &step : whole)
                QCOMPARE(step.status, Status::Complete);
        } else if (expected == u"more") {
            QCOMPARE(whole.last().status, Status::NeedMore);
        } else {
            QCOMPARE(whole.last().status, Status::Error);
            QCOMPARE(whole.last().errorStatus, expected.toInt());
        }
    }
};

QTEST_GUILESS_MAIN(HttpCorpusReplayTest)
#include "HttpCorpusReplayTest.moc"
