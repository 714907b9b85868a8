#pragma once

#include <QList>
#include <QWidget>

class QPushButton;

namespace quire {

// A touch keyboard for the kiosk: letters, digits and the characters of
// e-mail addresses, in keys at least 56 px square. Its keys never take the
// focus; each tap is sent as a key event to the widget that has the focus
// (the e-mail, search or name field), so the field behaves exactly as if
// typed on a hardware keyboard. "Done" sends Enter.
class OnScreenKeyboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnScreenKeyboard)

public:
    explicit OnScreenKeyboard(QWidget *parent = nullptr);
    ~OnScreenKeyboard() override;

    bool isShifted() const { return m_shifted; }

Q_SIGNALS:
    // A key was tapped and delivered to `target`.
    void keyTapped(const QString &text);
    void hideRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onKey(const QString &text);
    void sendKey(int key, const QString &text);
    void setShifted(bool shifted);
    void updateTexts();
    QPushButton *makeKey(const QString &objectName, const QString &label);

    QList<QPushButton *> m_letterKeys;
    QPushButton *m_shiftKey = nullptr;
    QPushButton *m_spaceKey = nullptr;
    QPushButton *m_backspaceKey = nullptr;
    QPushButton *m_doneKey = nullptr;
    QPushButton *m_hideKey = nullptr;
    bool m_shifted = false;
};

} // namespace quire
