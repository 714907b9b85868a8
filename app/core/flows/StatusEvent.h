#pragma once

#include <QEvent>

namespace quire {

// Posted to a LifecycleMachine to move it to `targetStatus`, after that move
// has been committed to the database.
class StatusEvent final : public QEvent
{
public:
    explicit StatusEvent(int targetStatus)
        : QEvent(eventType())
        , m_targetStatus(targetStatus)
    {}

    static QEvent::Type eventType()
    {
        static const auto type = static_cast<QEvent::Type>(QEvent::registerEventType());
        return type;
    }

    int targetStatus() const { return m_targetStatus; }

private:
    int m_targetStatus;
};

} // namespace quire
