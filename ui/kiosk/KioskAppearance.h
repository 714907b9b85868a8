#pragma once

#include <QObject>

class QWidget;

namespace quire {

// Large text and the high-contrast theme for the kiosk window: a customer
// switches them on the attract screen; the next customer starts from the
// store's settings again (KioskSettings). The type always follows the
// system's text size too (KioskStyleSheet::systemTextScale).
class KioskAppearance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskAppearance)

public:
    // Styles `window` (its objectName must be "kioskWindow") at once.
    explicit KioskAppearance(QWidget *window, bool largeText = false, bool highContrast = false);
    ~KioskAppearance() override;

    bool largeText() const { return m_largeText; }
    bool highContrast() const { return m_highContrast; }
    // The factor the type is drawn at now (system scale × large text).
    double textScale() const;

    void setLargeText(bool on);
    void setHighContrast(bool on);

Q_SIGNALS:
    void changed();

private:
    void apply();

    QWidget *m_window;
    bool m_largeText;
    bool m_highContrast;
    QString m_normalSheet;
    QString m_contrastSheet;
};

} // namespace quire
