#include "services/DisplaySettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace quire {

namespace {

const QString kGroup = QStringLiteral("display");
const QString kCustomerScreen = QStringLiteral("customerScreen");
// A store has a handful of screens; a number past this is a typo.
constexpr int kMostScreens = 16;

} // namespace

std::optional<int> DisplaySettings::chooseScreen(int screenCount, int counterScreen) const
{
    switch (placement) {
    case Placement::Off:
        return std::nullopt;
    case Placement::Screen:
        if (screenIndex >= 0 && screenIndex < screenCount)
            return screenIndex;
        return std::nullopt;
    case Placement::Auto:
        for (int index = 0; index < screenCount; ++index) {
            if (index != counterScreen)
                return index;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

Result<DisplaySettings> DisplaySettings::fromSettings(QSettings &settings)
{
    settings.beginGroup(kGroup);
    const QStringList keys = settings.childKeys();
    const QString written = settings.value(kCustomerScreen).toString().trimmed();
    const QString text = written.toLower();
    const bool present = settings.contains(kCustomerScreen);
    settings.endGroup();
    for (const QString &key : keys) {
        if (key != kCustomerScreen)
            return Error::invalid(
                QCoreApplication::translate("quire::DisplaySettings",
                                            "display/%1 is not a setting (customerScreen)")
                    .arg(key));
    }
    DisplaySettings display;
    if (!present || text == u"auto")
        return display;
    if (text == u"off") {
        display.placement = Placement::Off;
        return display;
    }
    bool isNumber = false;
    const int index = text.toInt(&isNumber);
    if (!isNumber || index < 0 || index >= kMostScreens)
        return Error::invalid(QCoreApplication::translate(
                                  "quire::DisplaySettings",
                                  "display/customerScreen must be auto, off or a screen number "
                                  "from 0 to %1, not '%2'")
                                  .arg(QString::number(kMostScreens - 1), written));
    display.placement = Placement::Screen;
    display.screenIndex = index;
    return display;
}

} // namespace quire
