#include "kiosk/KioskStyleSheet.h"

#include <QFile>
#include <QFontDatabase>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace quire {

namespace {

constexpr double DesignPointSize = 10.0;

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString KioskStyleSheet::compose(const QString &base, double scale, const QString &contrast)
{
    QString sheet = base;
    if (scale != 1.0) {
        // "min-height: 56px /* fixed */" stays as it is.
        static const QRegularExpression sized(QStringLiteral(
            R"(\b(font-size|min-height|min-width)\s*:\s*(\d+)px(?!\s*/\*\s*fixed\s*\*/))"));
        QString scaled;
        scaled.reserve(sheet.size() + 64);
        qsizetype last = 0;
        for (auto it = sized.globalMatch(sheet); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            scaled += QStringView(sheet).mid(last, match.capturedStart() - last);
            const int px = match.captured(2).toInt();
            scaled += match.captured(1) + QStringLiteral(": ")
                      + QString::number(int(std::lround(px * scale))) + QStringLiteral("px");
            last = match.capturedEnd();
        }
        scaled += QStringView(sheet).mid(last);
        sheet = scaled;
    }
    if (!contrast.isEmpty())
        sheet += QLatin1Char('\n') + contrast;
    return sheet;
}

double KioskStyleSheet::systemTextScale()
{
    const double points = QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSizeF();
    if (points <= 0)
        return 1.0;
    return std::clamp(points / DesignPointSize, 1.0, 2.0);
}

QString KioskStyleSheet::normalSheet()
{
    return readResource(QStringLiteral(":/kiosk/kiosk.qss"));
}

QString KioskStyleSheet::contrastSheet()
{
    return readResource(QStringLiteral(":/kiosk/kiosk-contrast.qss"));
}

} // namespace quire
