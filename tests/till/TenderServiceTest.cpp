#include <QTest>
class TenderServiceTest : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TenderServiceTest)
#include "TenderServiceTest.moc"
