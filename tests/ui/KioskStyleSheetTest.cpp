#include "kiosk/KioskStyleSheet.h"

#include <QTest>

using namespace quire;

// Protects: how large text scales the kiosk's style sheet (type and touch
// targets in px, nothing else) and lays the high-contrast theme over it.
class KioskStyleSheetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalesTypeAndTargetsOnly()
    {
        const QString base = QStringLiteral(
            "QPushButton { min-height: 56px; min-width:56px; padding: 6px 18px; font-size: 20px; "
            "border: 2px solid #1f3a5f; }\nQLabel { font-size: 44px; }");
        QCOMPARE(KioskStyleSheet::compose(base, 1.0), base);
        QCOMPARE(KioskStyleSheet::compose(base, 1.5),
                 QStringLiteral("QPushButton { min-height: 84px; min-width: 84px; padding: 6px "
                                "18px; font-size: 30px; border: 2px solid #1f3a5f; }\nQLabel { "
                                "font-size: 66px; }"));
        // Marked sizes stay.
        QCOMPARE(KioskStyleSheet::compose(
                     QStringLiteral("min-height: 56px /* fixed */; font-size: 20px"), 1.5),
                 QStringLiteral("min-height: 56px /* fixed */; font-size: 30px"));
        // Rounded to whole pixels.
        QCOMPARE(KioskStyleSheet::compose(QStringLiteral("font-size: 25px"), 1.25),
                 QStringLiteral("font-size: 31px"));
    }

    void laysTheContrastThemeOver()
    {
        const QString sheet
            = KioskStyleSheet::compose(QStringLiteral("QLabel { color: #333; }"), 1.0,
                                       QStringLiteral("QLabel { color: #fff; }"));
        QVERIFY(sheet.startsWith(u"QLabel { color: #333; }"));
        QVERIFY(sheet.endsWith(u"QLabel { color: #fff; }"));
    }

    void theShippedSheetsAreThere()
    {
        QVERIFY(KioskStyleSheet::normalSheet().contains(u"kioskWindow"));
        QVERIFY(KioskStyleSheet::contrastSheet().contains(u"#ffff00"));
        QVERIFY(KioskStyleSheet::compose(KioskStyleSheet::normalSheet(), 1.5)
                    .contains(u"font-size: 30px"));
    }

    void followsTheSystemsTextSizeWithinLimits()
    {
        const double scale = KioskStyleSheet::systemTextScale();
        QVERIFY(scale >= 1.0 && scale <= 2.0);
    }
};

QTEST_MAIN(KioskStyleSheetTest)
#include "KioskStyleSheetTest.moc"
