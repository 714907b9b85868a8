#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace quire {

// "Are you still there?" over the whole kiosk, with the seconds left and a
// large "I'm still here" button. A tap anywhere on it answers too.
class KioskCountdownOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskCountdownOverlay)

public:
    // Becomes a child of `covered` and follows its size.
    explicit KioskCountdownOverlay(QWidget *covered);
    ~KioskCountdownOverlay() override;

    void showCountdown(int secondsLeft);
    void setSecondsLeft(int secondsLeft);

Q_SIGNALS:
    void stillThere();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateTexts();

    QLabel *m_question;
    QLabel *m_secondsLabel;
    QPushButton *m_stillHereButton;
    int m_secondsLeft = 0;
};

} // namespace quire
