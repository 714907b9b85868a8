#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class IdleLockOverlay;
}

namespace quire {

class UserSession;

// Covers the window while the session is locked, over everything, without
// touching what is beneath: the cart and the open screens are as they were
// when the PIN unlocks. While shown it swallows input meant for anything
// else (clicks, keys, shortcuts), so the screen beneath cannot be used.
// "Sign out" ends the session for the next person.
class IdleLockOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLockOverlay)

public:
    // `covered` is the widget to cover (usually the main window's central
    // widget); the overlay becomes its child and follows its size.
    IdleLockOverlay(UserSession &session, QWidget *covered);
    ~IdleLockOverlay() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onLocked();
    void onUnlock();
    void hideOverlay();
    void updateTexts();

    std::unique_ptr<Ui::IdleLockOverlay> m_ui;
    UserSession &m_session;
};

} // namespace quire
