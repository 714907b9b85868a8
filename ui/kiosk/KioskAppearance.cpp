#include "kiosk/KioskAppearance.h"

#include "UiLogging.h"
#include "kiosk/KioskStyleSheet.h"

#include <QWidget>

namespace quire {

KioskAppearance::KioskAppearance(QWidget *window, bool largeText, bool highContrast)
    : QObject(window)
    , m_window(window)
    , m_largeText(largeText)
    , m_highContrast(highContrast)
    , m_normalSheet(KioskStyleSheet::normalSheet())
    , m_contrastSheet(KioskStyleSheet::contrastSheet())
{
    apply();
}

KioskAppearance::~KioskAppearance() = default;

double KioskAppearance::textScale() const
{
    return KioskStyleSheet::systemTextScale()
           * (m_largeText ? KioskStyleSheet::LargeTextScale : 1.0);
}

void KioskAppearance::setLargeText(bool on)
{
    if (on == m_largeText)
        return;
    m_largeText = on;
    apply();
}

void KioskAppearance::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    apply();
}

void KioskAppearance::apply()
{
    qCInfo(lcUi) << "kiosk: text scale" << textScale() << "high contrast" << m_highContrast;
    m_window->setStyleSheet(KioskStyleSheet::compose(m_normalSheet, textScale(),
                                                     m_highContrast ? m_contrastSheet : QString()));
    Q_EMIT changed();
}

} // namespace quire
