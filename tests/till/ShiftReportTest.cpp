#include <QTest>
class ShiftReportTest : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(ShiftReportTest)
#include "ShiftReportTest.moc"
