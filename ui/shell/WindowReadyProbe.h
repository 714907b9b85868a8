#pragma once

#include <QObject>

class QWidget;

namespace quire {

// Says when a window is on screen: its native window was exposed and the
// event loop then came round once (so the first frame has been painted and
// flushed). For start-up benchmarks (QUIRE_EXIT_WHEN_READY in app/main.cpp).
class WindowReadyProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowReadyProbe)

public:
    // Call after window->show() (the native window must exist).
    explicit WindowReadyProbe(QWidget *window);

Q_SIGNALS:
    void windowReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    bool m_reported = false;
};

} // namespace quire
