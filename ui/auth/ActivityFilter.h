#pragma once

#include <QObject>

namespace quire {

class UserSession;

// Tells the session that someone is using the terminal. Installed once on
// the application (qApp->installEventFilter) so every input event in every
// window counts, and nothing is filtered out.
class ActivityFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityFilter)

public:
    explicit ActivityFilter(UserSession &session, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    UserSession &m_session;
};

} // namespace quire
