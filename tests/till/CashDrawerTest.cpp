#include <QTest>
class CashDrawerTest : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(CashDrawerTest)
#include "CashDrawerTest.moc"
